-- One installation shared by many municipalities (README, "Municipalities on a shared
-- installation"): each tenant's kind (a municipality, or the installation operator's own
-- organisation, which holds no citizen data), its state (ACTIVE, SUSPENDED, OFFBOARDED) and the
-- version of its settings in force. The settings themselves are stored per version, a whole
-- snapshot per save; a secret is sealed with a data key of the installation's key store and kept
-- only as ciphertext. Kept equivalent to ../h2 and ../postgresql.

ALTER TABLE tenant ADD kind VARCHAR(20) DEFAULT 'MUNICIPALITY' NOT NULL;
ALTER TABLE tenant ADD status VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE tenant ADD settings_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE tenant ADD status_changed_at DATETIME2(6);
ALTER TABLE tenant ADD status_changed_by NVARCHAR(200);
ALTER TABLE tenant ADD keys_destroyed_at DATETIME2(6);

CREATE TABLE tenant_settings_version (
    id            BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    version_no    INTEGER       NOT NULL,
    changed_at    DATETIME2(6)  NOT NULL,
    changed_by    NVARCHAR(200) NOT NULL,
    changed_role  VARCHAR(30)   NOT NULL,
    -- The names of the settings this version changed, never their values.
    changed_names NVARCHAR(2000),
    CONSTRAINT uq_tenant_settings_version UNIQUE (tenant_id, version_no),
    CONSTRAINT fk_tenant_settings_version_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE tenant_setting (
    id             BIGINT IDENTITY(1,1) PRIMARY KEY,
    version_id     BIGINT         NOT NULL,
    name           VARCHAR(100)   NOT NULL,
    setting_value  NVARCHAR(4000),
    -- A secret (password, client secret, key store) sealed with its own data key, wrapped by the
    -- installation's key-encryption key; setting_value is then null.
    sealed_value   VARCHAR(MAX),
    wrapped_key    VARCHAR(100),
    kek_version    INTEGER,
    CONSTRAINT uq_tenant_setting UNIQUE (version_id, name),
    CONSTRAINT fk_tenant_setting_version FOREIGN KEY (version_id) REFERENCES tenant_settings_version (id)
);
