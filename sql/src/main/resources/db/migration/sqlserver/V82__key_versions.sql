-- The versions of each tenant's key-encryption key (issue 14): when each was made, when a
-- rotation retired it (every data key re-wrapped under its successor), and when it was destroyed in
-- the key store once no database backup that may still need it is kept (samtalenotat.backup.retention).
-- Metadata only; the keys themselves live in the key store. Kept equivalent to ../h2 and ../postgresql.

CREATE TABLE key_version (
    id            BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    kek_version   INT       NOT NULL,
    created_at    DATETIME2(6)  NOT NULL,
    retired_at    DATETIME2(6),
    destroyed_at  DATETIME2(6),
    CONSTRAINT uq_key_version UNIQUE (tenant_id, kek_version),
    CONSTRAINT fk_key_version_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
