-- Facts of a draft version the transcript does not support (the unsupported-fact check), and how
-- the caseworker resolved each. fact and reason quote the draft: encrypted with the version's data
-- key and set to NULL when the version is destroyed; kind, sentence and resolution stay.
CREATE TABLE draft_flag (
    id                BIGINT IDENTITY(1,1) PRIMARY KEY,
    version_id        BIGINT         NOT NULL,
    ordinal           INTEGER        NOT NULL,
    sentence_ordinal  INTEGER        NOT NULL,
    kind              VARCHAR(20)    NOT NULL,
    fact              NVARCHAR(MAX),
    reason            NVARCHAR(MAX),
    resolution        VARCHAR(20),
    resolved_by_key   VARCHAR(200),
    resolved_by_name  VARCHAR(200),
    resolved_at       DATETIME2(6),
    CONSTRAINT uq_flag_ordinal UNIQUE (version_id, ordinal),
    CONSTRAINT fk_flag_version FOREIGN KEY (version_id) REFERENCES draft_version (id)
);
