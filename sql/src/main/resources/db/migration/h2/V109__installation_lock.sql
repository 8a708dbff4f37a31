-- Work that must run on one node at a time across the cluster takes its row here with an UPDATE
-- (a write lock every database holds to the commit), so that a second node waits and then sees
-- what the first did. 'bootstrap': the first start's tenants and imported settings (issue 17's
-- leftover: two first starts at once both inserted the tenants, and both could seal settings with
-- keys written to the shared key store). Kept equivalent to the other two folders.

CREATE TABLE installation_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    taken_by VARCHAR(100),
    taken_at TIMESTAMP(6)
);

INSERT INTO installation_lock (name) VALUES ('bootstrap');
