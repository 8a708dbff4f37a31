-- Conversations, transcripts and drafts. Kept equivalent to ../h2 and ../postgresql.

CREATE TABLE tenant (
    id          BIGINT IDENTITY(1,1) PRIMARY KEY,
    cvr         VARCHAR(8)   NOT NULL,
    name        NVARCHAR(200) NOT NULL,
    created_at  DATETIME2(6) NOT NULL,
    CONSTRAINT uq_tenant_cvr UNIQUE (cvr)
);

CREATE TABLE app_user (
    id            BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id     BIGINT       NOT NULL,
    user_key      NVARCHAR(200) NOT NULL,
    display_name  NVARCHAR(200) NOT NULL,
    team          NVARCHAR(100),
    last_seen_at  DATETIME2(6) NOT NULL,
    CONSTRAINT uq_app_user_key UNIQUE (user_key),
    CONSTRAINT fk_app_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE conversation (
    id                 BIGINT IDENTITY(1,1) PRIMARY KEY,
    version            INTEGER       NOT NULL,
    tenant_id          BIGINT        NOT NULL,
    owner_id           BIGINT        NOT NULL,
    -- The CPR number encrypted with the conversation's own data key (wrapped_key), and its
    -- keyed hash (HMAC with the tenant's look-up key) for finding a citizen's conversations.
    citizen_cpr        VARCHAR(200)  NOT NULL,
    citizen_cpr_hash   VARCHAR(64)   NOT NULL,
    wrapped_key        VARCHAR(100)  NOT NULL,
    kek_version        INTEGER       NOT NULL,
    case_reference     NVARCHAR(100),
    conversation_type  VARCHAR(40)   NOT NULL,
    conversation_form  VARCHAR(20)   NOT NULL,
    conversation_time  DATETIME2(6)  NOT NULL,
    state              VARCHAR(30)   NOT NULL,
    citizen_informed   BIT       NOT NULL,
    declined_reason    NVARCHAR(1000),
    problem            NVARCHAR(1000),
    draft_generation   INTEGER       NOT NULL,
    registered_at      DATETIME2(6)  NOT NULL,
    state_changed_at   DATETIME2(6)  NOT NULL,
    CONSTRAINT fk_conversation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_conversation_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
);
CREATE INDEX ix_conversation_owner_state ON conversation (tenant_id, owner_id, state);
CREATE INDEX ix_conversation_citizen ON conversation (tenant_id, citizen_cpr_hash);
CREATE INDEX ix_conversation_expiry ON conversation (tenant_id, state, registered_at);

CREATE TABLE participant (
    id                BIGINT IDENTITY(1,1) PRIMARY KEY,
    conversation_id   BIGINT       NOT NULL,
    ordinal           INTEGER      NOT NULL,
    name              NVARCHAR(200) NOT NULL,
    participant_role  VARCHAR(30)  NOT NULL,
    CONSTRAINT fk_participant_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);
CREATE INDEX ix_participant_conversation ON participant (conversation_id);

CREATE TABLE audio_recording (
    id               BIGINT IDENTITY(1,1) PRIMARY KEY,
    conversation_id  BIGINT       NOT NULL,
    file_name        NVARCHAR(255) NOT NULL,
    content_type     NVARCHAR(100) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    storage_key      NVARCHAR(300) NOT NULL,
    -- The file is encrypted with this data key; both go when the audio is destroyed.
    wrapped_key      VARCHAR(100),
    kek_version      INTEGER,
    ciphertext_sha256 VARCHAR(64) NOT NULL,
    received_at      DATETIME2(6) NOT NULL,
    destroyed_at     DATETIME2(6),
    CONSTRAINT fk_audio_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);
CREATE INDEX ix_audio_conversation ON audio_recording (conversation_id);

CREATE TABLE transcript (
    id               BIGINT IDENTITY(1,1) PRIMARY KEY,
    conversation_id  BIGINT       NOT NULL,
    source           VARCHAR(20)  NOT NULL,
    origin           NVARCHAR(255) NOT NULL,
    created_at       DATETIME2(6) NOT NULL,
    -- Segment texts are encrypted with this data key, bound to object_id; destroying the
    -- transcript deletes the segments and the key and keeps this row as metadata.
    object_id        VARCHAR(80)  NOT NULL,
    wrapped_key      VARCHAR(100),
    kek_version      INTEGER,
    destroyed_at     DATETIME2(6),
    CONSTRAINT uq_transcript_conversation UNIQUE (conversation_id),
    CONSTRAINT uq_transcript_object UNIQUE (object_id),
    CONSTRAINT fk_transcript_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);

CREATE TABLE transcript_segment (
    id             BIGINT IDENTITY(1,1) PRIMARY KEY,
    transcript_id  BIGINT         NOT NULL,
    ordinal        INTEGER        NOT NULL,
    start_ms       BIGINT         NOT NULL,
    end_ms         BIGINT         NOT NULL,
    speaker        NVARCHAR(200),
    lang           VARCHAR(10)    NOT NULL,
    segment_text   NVARCHAR(MAX) NOT NULL,
    CONSTRAINT uq_segment_ordinal UNIQUE (transcript_id, ordinal),
    CONSTRAINT fk_segment_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id)
);

CREATE TABLE draft (
    id                   BIGINT IDENTITY(1,1) PRIMARY KEY,
    conversation_id      BIGINT       NOT NULL,
    approved_version_no  INTEGER,
    approved_at          DATETIME2(6),
    approved_by          NVARCHAR(200),
    CONSTRAINT uq_draft_conversation UNIQUE (conversation_id),
    CONSTRAINT fk_draft_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);

CREATE TABLE draft_version (
    id           BIGINT IDENTITY(1,1) PRIMARY KEY,
    draft_id     BIGINT          NOT NULL,
    version_no   INTEGER         NOT NULL,
    kind         VARCHAR(20)     NOT NULL,
    generation   INTEGER         NOT NULL,
    engine       NVARCHAR(100),
    author_key   NVARCHAR(200),
    author_name  NVARCHAR(200),
    created_at   DATETIME2(6)    NOT NULL,
    -- Content and sentences are encrypted with this version's own data key, bound to
    -- object_id; destroying the version empties content, deletes the sentences and the key.
    content      NVARCHAR(MAX),
    object_id    VARCHAR(80)     NOT NULL,
    wrapped_key  VARCHAR(100),
    kek_version  INTEGER,
    destroyed_at DATETIME2(6),
    CONSTRAINT uq_draft_version UNIQUE (draft_id, version_no),
    CONSTRAINT uq_draft_version_object UNIQUE (object_id),
    CONSTRAINT fk_version_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);

CREATE TABLE draft_sentence (
    id             BIGINT IDENTITY(1,1) PRIMARY KEY,
    version_id     BIGINT         NOT NULL,
    ordinal        INTEGER        NOT NULL,
    section        VARCHAR(30)    NOT NULL,
    sentence_text  NVARCHAR(MAX) NOT NULL,
    citations      VARCHAR(1000)  NOT NULL,
    CONSTRAINT uq_sentence_ordinal UNIQUE (version_id, ordinal),
    CONSTRAINT fk_sentence_version FOREIGN KEY (version_id) REFERENCES draft_version (id)
);

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
