-- Questions about a receipt that did not come (SF2900): after journal.receipt.ask-after the case
-- system is asked again, and after journal.receipt.attention-after questions the conversation is
-- marked for attention. Kept equivalent to ../h2 and ../postgresql.
ALTER TABLE journal_outbox ADD receipt_queries INTEGER NOT NULL DEFAULT 0;
