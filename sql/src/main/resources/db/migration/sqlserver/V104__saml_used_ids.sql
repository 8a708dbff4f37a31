-- SAML IDs that may be used once (issue 17), shared by every node of a cluster: the request IDs our
-- sign-on and sign-off answers answered, and the IdP's assertion and message IDs we accepted. The
-- key is the store's name and the SHA-256 of the ID; a row is kept until the message could no longer
-- be accepted anyway, then swept. Kept equivalent to ../h2 and ../postgresql.

CREATE TABLE saml_used_id (
    id_key      VARCHAR(100)  NOT NULL PRIMARY KEY,
    keep_until  DATETIME2(6)  NOT NULL
);

CREATE INDEX ix_saml_used_id_keep_until ON saml_used_id (keep_until);
