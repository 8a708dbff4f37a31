-- Hand-over: only caseworkers can receive a conversation; the flag is refreshed at every sign-on.
-- Kept equivalent to ../postgresql and ../sqlserver.

ALTER TABLE app_user ADD COLUMN caseworker BOOLEAN DEFAULT FALSE NOT NULL;
