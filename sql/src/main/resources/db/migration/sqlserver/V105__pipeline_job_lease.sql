-- The pipeline's durable job state (issue 17), so that a job outlives the node whose broker held
-- its message: when the conversation's job (TRANSCRIBING, or DRAFTING for draft_generation) was
-- last asked for, and the lease of the node working on it (a holder and an end, renewed while the
-- engine runs). The recovery timer sends the job again when its lease ran out or nobody took it.
-- Not mapped by the Conversation entity: written only by conditional updates (pipeline.JobLeases),
-- so an entity written back never overwrites a lease. Kept equivalent to ../h2 and ../postgresql.

ALTER TABLE conversation ADD job_requested_at DATETIME2(6);
ALTER TABLE conversation ADD job_holder VARCHAR(100);
ALTER TABLE conversation ADD job_until DATETIME2(6);
ALTER TABLE conversation ADD job_attempts INTEGER NOT NULL DEFAULT 0;

-- Jobs asked for before this version: due for the recovery's first look.
UPDATE conversation SET job_requested_at = state_changed_at WHERE state IN ('TRANSCRIBING', 'DRAFTING');

CREATE INDEX ix_conversation_job ON conversation (state, job_until);
