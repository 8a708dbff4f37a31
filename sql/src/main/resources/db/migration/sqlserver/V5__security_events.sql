-- Security events of sign-on: sign-ons, sign-offs and refused SAML messages, each with its
-- stable event id. Append-only like the access log; a refused message may have no user or tenant.
-- Kept equivalent to ../h2 and ../postgresql.

CREATE TABLE security_event (
    id           BIGINT IDENTITY(1,1) PRIMARY KEY,
    occurred_at  DATETIME2(6)  NOT NULL,
    event_id     VARCHAR(20)   NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    user_key     NVARCHAR(200),
    tenant_cvr   VARCHAR(8),
    remote       VARCHAR(64),
    detail       NVARCHAR(1000)
);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
