-- Benefit figures (issue 6): metadata recorded on the conversation when things happen, so that the
-- figures survive crypto-shredding of the content. No content, no CPR number. Kept equivalent to
-- ../postgresql and ../sqlserver.

-- The owner's team when the conversation was registered (a later hand-over keeps it).
ALTER TABLE conversation ADD COLUMN team VARCHAR(100);
-- When the conversation ended: its start plus the transcript's length, never later than the
-- moment the recording or transcript arrived (Conversation.conversationEnded).
ALTER TABLE conversation ADD COLUMN ended_at TIMESTAMP(6);
ALTER TABLE conversation ADD COLUMN approved_at TIMESTAMP(6);
-- When the case system's receipt was first stored.
ALTER TABLE conversation ADD COLUMN journalised_at TIMESTAMP(6);
ALTER TABLE conversation ADD COLUMN regenerations INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN transcription_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN draft_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN journal_failures INTEGER DEFAULT 0 NOT NULL;
-- Normalised word-level edit distance (0..1) between the first generated draft and the approved
-- text, measured at approval while both were still decrypted.
ALTER TABLE conversation ADD COLUMN draft_changed_share DOUBLE PRECISION;

-- What can be known for conversations from before: team, approval and receipt times.
UPDATE conversation SET team = (SELECT u.team FROM app_user u WHERE u.id = conversation.owner_id);
UPDATE conversation SET approved_at =
    (SELECT d.approved_at FROM draft d WHERE d.conversation_id = conversation.id);
UPDATE conversation SET journalised_at =
    (SELECT MIN(r.received_at) FROM journal_receipt r WHERE r.conversation_id = conversation.id);

CREATE INDEX ix_conversation_month ON conversation (tenant_id, conversation_time);
