-- What the transcript says in place of a flagged number, date, time or name, and where the flagged
-- words stand in the sentence, so the caseworker can take the transcript's value with one click.
-- The value quotes the conversation: encrypted with the version's data key like fact and reason,
-- and set to NULL when the version is destroyed.
ALTER TABLE draft_flag ADD COLUMN transcript_value VARCHAR(60000);
ALTER TABLE draft_flag ADD COLUMN fact_start INTEGER;
ALTER TABLE draft_flag ADD COLUMN fact_end INTEGER;
