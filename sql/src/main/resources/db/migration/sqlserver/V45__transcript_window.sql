-- Transcription while recording: what the speech engine heard in each window of an upload still
-- being recorded, sealed with the window's own data key. When the recording is finished only the
-- windows not yet here are sent; the windows are deleted (with their keys) once the transcript is
-- stored, and with everything else of the conversation on opt-out or expiry.
CREATE TABLE transcript_window (
    id               BIGINT IDENTITY(1,1) PRIMARY KEY,
    upload_id        BIGINT       NOT NULL,
    window_index     INTEGER      NOT NULL,
    start_ms         BIGINT       NOT NULL,
    end_ms           BIGINT       NOT NULL,
    engine           VARCHAR(100) NOT NULL,
    object_id        VARCHAR(80)  NOT NULL,
    segments         NVARCHAR(MAX) NOT NULL,
    wrapped_key      VARCHAR(100) NOT NULL,
    kek_version      INTEGER      NOT NULL,
    created_at       DATETIME2(6) NOT NULL,
    -- A window is transcribed once: a second server doing the same window finds it taken.
    CONSTRAINT uq_transcript_window UNIQUE (upload_id, window_index),
    CONSTRAINT uq_transcript_window_object UNIQUE (object_id),
    CONSTRAINT fk_window_upload FOREIGN KEY (upload_id) REFERENCES audio_upload (id)
);
