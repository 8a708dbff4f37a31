-- Hand-over: only caseworkers can receive a conversation; the flag is refreshed at every sign-on.
-- Kept equivalent to ../h2 and ../postgresql.

ALTER TABLE app_user ADD caseworker BIT DEFAULT 0 NOT NULL;
