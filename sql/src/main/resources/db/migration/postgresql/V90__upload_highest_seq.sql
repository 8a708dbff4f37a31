-- The highest chunk sequence number an upload holds, kept with its count, so that a chunk sent in
-- order is taken and answered without listing the chunks held.
ALTER TABLE audio_upload ADD COLUMN highest_seq INTEGER NOT NULL DEFAULT -1;
UPDATE audio_upload SET highest_seq =
    COALESCE((SELECT MAX(c.seq) FROM upload_chunk c WHERE c.upload_id = audio_upload.id), -1);
