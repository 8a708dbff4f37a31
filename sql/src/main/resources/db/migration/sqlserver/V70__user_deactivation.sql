-- Users that leave: a municipality's administrator deactivates an employee, or the inactivity
-- sweep does after a period without sign-on. A deactivated user cannot sign on, their session ends
-- at the next request and their devices are revoked. The administrator flag is refreshed at every
-- sign-on, like the caseworker flag: the sweep never deactivates a municipality's last active
-- administrator. Kept equivalent to ../h2 and ../postgresql.

ALTER TABLE app_user ADD active BIT DEFAULT 1 NOT NULL;
ALTER TABLE app_user ADD administrator BIT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD deactivated_at DATETIME2(6);
ALTER TABLE app_user ADD deactivated_by NVARCHAR(200);
ALTER TABLE app_user ADD deactivation_reason VARCHAR(20);
ALTER TABLE app_user ADD reactivated_at DATETIME2(6);
CREATE INDEX ix_app_user_active_seen ON app_user (active, last_seen_at);
