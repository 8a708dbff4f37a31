-- Questions about a receipt that did not come (SF2900): after journal.receipt.ask-after the case
-- system is asked again, and after journal.receipt.attention-after questions the conversation is
-- marked for attention. Kept equivalent to ../postgresql and ../sqlserver.
ALTER TABLE journal_outbox ADD COLUMN receipt_queries INTEGER DEFAULT 0 NOT NULL;
