-- Note templates per municipality and conversation type (issue 7), versioned: each save adds a
-- version, none is ever changed. Without a saved version the standard template of the release
-- applies (version 0). Kept equivalent to ../h2 and ../postgresql.
CREATE TABLE note_template_version (
    id                 BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id          BIGINT         NOT NULL,
    conversation_type  VARCHAR(30)    NOT NULL,
    version_no         INTEGER        NOT NULL,
    instruction        NVARCHAR(2000) NOT NULL,
    tone               VARCHAR(20)    NOT NULL,
    note_length        VARCHAR(20)    NOT NULL,
    created_at         DATETIME2(6)   NOT NULL,
    created_by         NVARCHAR(200)  NOT NULL,
    CONSTRAINT uq_template_version UNIQUE (tenant_id, conversation_type, version_no),
    CONSTRAINT fk_template_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- The sections a version includes, with the guidance the draft engines get for each.
CREATE TABLE note_template_section (
    template_version_id  BIGINT         NOT NULL,
    section              VARCHAR(30)    NOT NULL,
    guidance             NVARCHAR(2000) NOT NULL,
    CONSTRAINT pk_template_section PRIMARY KEY (template_version_id, section),
    CONSTRAINT fk_template_section_version FOREIGN KEY (template_version_id)
        REFERENCES note_template_version (id)
);

-- Which version of the template made a draft version: 0 the standard template, NULL before
-- templates existed.
ALTER TABLE draft_version ADD template_version INTEGER;
