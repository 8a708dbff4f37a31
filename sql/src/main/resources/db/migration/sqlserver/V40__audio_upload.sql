-- A recording that arrives in chunks (browser recording, dictation devices): each chunk is stored
-- encrypted with the upload's own data key as it arrives; on finish the chunks are joined into an
-- audio_recording and the chunk files, rows and the upload's key are destroyed.
CREATE TABLE audio_upload (
    id               BIGINT IDENTITY(1,1) PRIMARY KEY,
    conversation_id  BIGINT       NOT NULL,
    upload_key       VARCHAR(36)  NOT NULL,
    media_type       VARCHAR(100),
    state            VARCHAR(20)  NOT NULL,
    wrapped_key      VARCHAR(100),
    kek_version      INTEGER,
    chunk_count      INTEGER      NOT NULL,
    bytes_received   BIGINT       NOT NULL,
    created_at       DATETIME2(6) NOT NULL,
    finished_at      DATETIME2(6),
    destroyed_at     DATETIME2(6),
    CONSTRAINT uq_audio_upload_key UNIQUE (upload_key),
    CONSTRAINT fk_upload_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);
CREATE INDEX ix_upload_conversation ON audio_upload (conversation_id);

CREATE TABLE upload_chunk (
    id               BIGINT IDENTITY(1,1) PRIMARY KEY,
    upload_id        BIGINT       NOT NULL,
    seq              INTEGER      NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    file_name        VARCHAR(80)  NOT NULL,
    ciphertext_sha256 VARCHAR(64) NOT NULL,
    received_at      DATETIME2(6) NOT NULL,
    -- A chunk is stored once: a repeated sequence number is acknowledged, never stored twice.
    CONSTRAINT uq_upload_chunk UNIQUE (upload_id, seq),
    CONSTRAINT fk_chunk_upload FOREIGN KEY (upload_id) REFERENCES audio_upload (id)
);
