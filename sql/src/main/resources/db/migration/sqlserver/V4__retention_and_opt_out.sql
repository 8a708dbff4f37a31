-- Retention and deletion evidence, and the citizen's opt-outs (issue 4).
-- Kept equivalent to ../h2 and ../postgresql.

-- Milliseconds into the conversation from which the citizen no longer wanted to be recorded.
ALTER TABLE conversation ADD recording_stopped_ms BIGINT;
CREATE INDEX ix_conversation_expiry ON conversation (tenant_id, state, registered_at);

-- Retention per tenant, in days, within the caps RetentionCaps enforces (audio 7, transcript 30,
-- draft and note text a configured cap). A tenant without a row gets the caps.
CREATE TABLE retention_settings (
    id               BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id        BIGINT       NOT NULL,
    audio_days       INTEGER      NOT NULL,
    transcript_days  INTEGER      NOT NULL,
    note_days        INTEGER      NOT NULL,
    updated_at       DATETIME2(6) NOT NULL,
    updated_by       NVARCHAR(200) NOT NULL,
    CONSTRAINT uq_retention_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_retention_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- One row per destroyed object (recording, transcript, draft version): what, by which rule, when
-- it was due, when and by whom it was destroyed, and the SHA-256 of the ciphertext destroyed.
-- The unique object id makes a second destruction of the same object impossible.
CREATE TABLE deletion_evidence (
    id                 BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id          BIGINT       NOT NULL,
    conversation_id    BIGINT       NOT NULL,
    object_id          VARCHAR(80)  NOT NULL,
    object_type        VARCHAR(20)  NOT NULL,
    retention_rule     VARCHAR(40)  NOT NULL,
    scheduled_at       DATETIME2(6) NOT NULL,
    executed_at        DATETIME2(6) NOT NULL,
    executor           VARCHAR(20)  NOT NULL,
    executor_user      NVARCHAR(200),
    ciphertext_sha256  VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_deletion_object UNIQUE (object_id),
    CONSTRAINT fk_deletion_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_deletion_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);
CREATE INDEX ix_deletion_conversation ON deletion_evidence (conversation_id);
CREATE INDEX ix_deletion_executed ON deletion_evidence (tenant_id, executed_at);

-- A citizen's standing refusal to be recorded, per tenant, found by the keyed CPR hash; it blocks
-- recording in every later conversation until withdrawn. Withdrawn rows stay as the record.
CREATE TABLE recording_refusal (
    id                BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id         BIGINT       NOT NULL,
    citizen_cpr_hash  VARCHAR(64)  NOT NULL,
    registered_at     DATETIME2(6) NOT NULL,
    registered_by     NVARCHAR(200) NOT NULL,
    withdrawn_at      DATETIME2(6),
    withdrawn_by      NVARCHAR(200),
    CONSTRAINT fk_refusal_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_refusal_citizen ON recording_refusal (tenant_id, citizen_cpr_hash);
