-- Conversation rows purged (issue 14): when a conversation's content is gone (its note
-- journalised and the text destroyed, or it expired, was declined, or its note text reached its
-- cap unsent) and a grace period has passed, its row goes with its sealed CPR number, its data key
-- and every row that belongs to it. What stays is this non-personal record, for the benefit figures
-- and the deletion evidence: tenant, team, type, form, dates, counts, the case system's receipt
-- (where the note lives on), and the keyed CPR hash only as long as the access log entries that
-- refer to it are kept (the log retention sets it to NULL). Kept equivalent to ../h2 and ../postgresql.

CREATE TABLE conversation_record (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    tenant_id               BIGINT        NOT NULL,
    team                    NVARCHAR(100),
    conversation_type       VARCHAR(40)   NOT NULL,
    conversation_form       VARCHAR(20)   NOT NULL,
    conversation_time       DATETIME2(6)  NOT NULL,
    final_state             VARCHAR(30)   NOT NULL,
    registered_at           DATETIME2(6)  NOT NULL,
    ended_at                DATETIME2(6),
    approved_at             DATETIME2(6),
    journalised_at          DATETIME2(6),
    regenerations           INT       NOT NULL,
    transcription_failures  INT       NOT NULL,
    draft_failures          INT       NOT NULL,
    journal_failures        INT       NOT NULL,
    draft_changed_share     FLOAT(53),
    case_system             VARCHAR(20),
    case_id                 NVARCHAR(100),
    remote_document_id      NVARCHAR(200),
    receipt_at              DATETIME2(6),
    citizen_cpr_hash        VARCHAR(64),
    purged_at               DATETIME2(6)  NOT NULL,
    CONSTRAINT fk_conversation_record_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_conversation_record_month ON conversation_record (tenant_id, conversation_time);
CREATE INDEX ix_conversation_record_citizen ON conversation_record (tenant_id, citizen_cpr_hash);
CREATE INDEX ix_conversation_record_purged ON conversation_record (purged_at);

-- The purge finds finished conversations by state and the time they got there.
CREATE INDEX ix_conversation_finished ON conversation (tenant_id, state, state_changed_at);

-- Deletion evidence outlives the conversation row it speaks of (the id stays as a number), and
-- also records key-encryption key versions, which belong to no conversation.
ALTER TABLE deletion_evidence DROP CONSTRAINT fk_deletion_conversation;
ALTER TABLE deletion_evidence ALTER COLUMN conversation_id BIGINT NULL;
