-- The citizen's opt-outs (issue 4): a stop mark per conversation and standing refusals.
-- Kept equivalent to ../h2 and ../postgresql.

-- Milliseconds into the conversation from which the citizen no longer wanted to be recorded.
ALTER TABLE conversation ADD recording_stopped_ms BIGINT;

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
