-- The access log: every use of personal data (GDPR art. 5(2), 30, 32; design.md "Who uses it").
-- Append-only: the application inserts and never updates; rows go only through the retention
-- sweep of the log itself. Kept equivalent to ../h2 and ../postgresql.

CREATE TABLE access_log (
    id               BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id        BIGINT        NOT NULL,
    occurred_at      DATETIME2(6)  NOT NULL,
    user_key         NVARCHAR(200)  NOT NULL,
    user_role        VARCHAR(30)   NOT NULL,
    action           VARCHAR(30)   NOT NULL,
    object_type      VARCHAR(30)   NOT NULL,
    conversation_id  BIGINT,
    citizen_cpr_hash VARCHAR(64),
    case_reference   NVARCHAR(100),
    criterion        NVARCHAR(500),
    purpose          VARCHAR(40)   NOT NULL,
    CONSTRAINT fk_access_log_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_access_log_time ON access_log (tenant_id, occurred_at);
CREATE INDEX ix_access_log_citizen ON access_log (tenant_id, citizen_cpr_hash);
