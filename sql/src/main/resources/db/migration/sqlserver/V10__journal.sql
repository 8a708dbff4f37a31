-- Journalising: the transactional outbox of approved notes, the case system's receipts, and the
-- mark of a PDF downloaded for manual journalising. Kept equivalent to ../h2 and ../postgresql.

-- One row per attempt to journalise a note into a case; written in the approval's transaction.
-- The idempotency key goes to the case system with every try (and is the SF2900 transaction id).
CREATE TABLE journal_outbox (
    id               BIGINT IDENTITY(1,1) PRIMARY KEY,
    version          INTEGER       NOT NULL,
    tenant_id        BIGINT        NOT NULL,
    conversation_id  BIGINT        NOT NULL,
    idempotency_key  VARCHAR(64)   NOT NULL,
    case_system      VARCHAR(20)   NOT NULL,
    case_reference   NVARCHAR(100),
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    -- True from the moment a try is claimed until its outcome is known: the next try asks first.
    outcome_unknown  BIT       NOT NULL,
    next_attempt_at  DATETIME2(6)  NOT NULL,
    business_status  VARCHAR(20),
    failure          VARCHAR(30),
    last_error       NVARCHAR(1000),
    created_at       DATETIME2(6)  NOT NULL,
    finished_at      DATETIME2(6),
    CONSTRAINT uq_journal_outbox_key UNIQUE (idempotency_key),
    CONSTRAINT fk_journal_outbox_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_journal_outbox_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);
CREATE INDEX ix_journal_outbox_due ON journal_outbox (status, next_attempt_at);
CREATE INDEX ix_journal_outbox_conversation ON journal_outbox (conversation_id);

-- The proof that the note lives in the case system; kept after the note text is destroyed.
CREATE TABLE journal_receipt (
    id                  BIGINT IDENTITY(1,1) PRIMARY KEY,
    outbox_id           BIGINT        NOT NULL,
    conversation_id     BIGINT        NOT NULL,
    case_system         VARCHAR(20)   NOT NULL,
    case_id             NVARCHAR(100),
    remote_document_id  NVARCHAR(200),
    received_at         DATETIME2(6)  NOT NULL,
    CONSTRAINT uq_journal_receipt_outbox UNIQUE (outbox_id),
    CONSTRAINT fk_journal_receipt_outbox FOREIGN KEY (outbox_id) REFERENCES journal_outbox (id),
    CONSTRAINT fk_journal_receipt_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);
CREATE INDEX ix_journal_receipt_conversation ON journal_receipt (conversation_id);

ALTER TABLE conversation ADD note_pdf_at DATETIME2(6);
