-- Benefit figures (issue 6): metadata recorded on the conversation when things happen, so that the
-- figures survive crypto-shredding of the content. No content, no CPR number. Kept equivalent to
-- ../h2 and ../postgresql.

-- The owner's team when the conversation was registered (a later hand-over keeps it).
ALTER TABLE conversation ADD team NVARCHAR(100);
-- When the conversation ended: its start plus the transcript's length, never later than the
-- moment the recording or transcript arrived (Conversation.conversationEnded).
ALTER TABLE conversation ADD ended_at DATETIME2(6);
ALTER TABLE conversation ADD approved_at DATETIME2(6);
-- When the case system's receipt was first stored.
ALTER TABLE conversation ADD journalised_at DATETIME2(6);
ALTER TABLE conversation ADD regenerations INT NOT NULL DEFAULT 0;
ALTER TABLE conversation ADD transcription_failures INT NOT NULL DEFAULT 0;
ALTER TABLE conversation ADD draft_failures INT NOT NULL DEFAULT 0;
ALTER TABLE conversation ADD journal_failures INT NOT NULL DEFAULT 0;
-- Normalised word-level edit distance (0..1) between the first generated draft and the approved
-- text, measured at approval while both were still decrypted.
ALTER TABLE conversation ADD draft_changed_share FLOAT(53);

-- What can be known for conversations from before: team, approval and receipt times.
UPDATE conversation SET team = (SELECT u.team FROM app_user u WHERE u.id = conversation.owner_id);
UPDATE conversation SET approved_at =
    (SELECT d.approved_at FROM draft d WHERE d.conversation_id = conversation.id);
UPDATE conversation SET journalised_at =
    (SELECT MIN(r.received_at) FROM journal_receipt r WHERE r.conversation_id = conversation.id);

CREATE INDEX ix_conversation_month ON conversation (tenant_id, conversation_time);
