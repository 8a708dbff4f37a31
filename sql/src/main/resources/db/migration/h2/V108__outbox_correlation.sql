-- The correlation id of the request that approved the note (issue 17: tracing): the journal worker
-- delivers under it, so the delivery's log lines and its call to the case system carry the id of the
-- caseworker's approval on whichever node and at whatever time the delivery runs. A random token,
-- never personal data. Kept equivalent to ../postgresql and ../sqlserver.

ALTER TABLE journal_outbox ADD COLUMN correlation_id VARCHAR(64);
