-- Users that leave: a municipality's administrator deactivates an employee, or the inactivity
-- sweep does after a period without sign-on. A deactivated user cannot sign on, their session ends
-- at the next request and their devices are revoked. The administrator flag is refreshed at every
-- sign-on, like the caseworker flag: the sweep never deactivates a municipality's last active
-- administrator. Kept equivalent to ../postgresql and ../sqlserver.

ALTER TABLE app_user ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE app_user ADD COLUMN administrator BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN deactivated_at TIMESTAMP(6);
ALTER TABLE app_user ADD COLUMN deactivated_by VARCHAR(200);
ALTER TABLE app_user ADD COLUMN deactivation_reason VARCHAR(20);
ALTER TABLE app_user ADD COLUMN reactivated_at TIMESTAMP(6);
CREATE INDEX ix_app_user_active_seen ON app_user (active, last_seen_at);
