-- Credentials of dictation devices and meeting systems for the ingest API. A device belongs to one
-- caseworker (owner) of one tenant. Only the SHA-256 of the bearer token is kept: the token itself
-- is shown once at registration and cannot be read back from here.
CREATE TABLE device_credential (
    id             BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id      BIGINT       NOT NULL,
    owner_id       BIGINT       NOT NULL,
    name           NVARCHAR(100) NOT NULL,
    token_hash     VARCHAR(64)  NOT NULL,
    created_at     DATETIME2(6) NOT NULL,
    expires_at     DATETIME2(6) NOT NULL,
    last_used_at   DATETIME2(6),
    revoked_at     DATETIME2(6),
    revoked_by_id  BIGINT,
    CONSTRAINT uq_device_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_device_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_device_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT fk_device_revoked_by FOREIGN KEY (revoked_by_id) REFERENCES app_user (id)
);
CREATE INDEX ix_device_owner ON device_credential (tenant_id, owner_id);
