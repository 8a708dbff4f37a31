-- Transcription while recording on one node at a time (issue 17): the lease of the node that
-- decodes an open upload and sends its windows (a holder and an end, renewed every round). Another
-- node takes the upload over once the lease ran out (the holder died or stopped). Not mapped by
-- the AudioUpload entity: written only by conditional updates (recording.LiveLeases). Kept
-- equivalent to ../postgresql and ../sqlserver.

ALTER TABLE audio_upload ADD COLUMN live_holder VARCHAR(100);
ALTER TABLE audio_upload ADD COLUMN live_until TIMESTAMP(6);
