-- What a municipality's compliance officer is shown of a security event: a short summary chosen by
-- the writer (event, device, outcome), never the source address or the raw detail, which stay in
-- the row for the installation's operator and forensics. Reads go by tenant and time.
-- Kept equivalent to ../h2 and ../postgresql.

ALTER TABLE security_event ADD summary NVARCHAR(300);
CREATE INDEX ix_security_event_tenant_time ON security_event (tenant_cvr, occurred_at);
