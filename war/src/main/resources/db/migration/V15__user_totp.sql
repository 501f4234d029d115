-- The TOTP second factor (RFC 6238) of local accounts: the shared secret (Base32; an authenticator
-- app must compute the same HMAC, so it cannot be hashed) and the last time step accepted, so that a
-- code is never accepted twice (an UPDATE ... WHERE last_step < :step claims a step atomically,
-- also across the nodes of a cluster).
CREATE TABLE user_totp (
    user_id     BIGINT       NOT NULL PRIMARY KEY REFERENCES portal_user (id),
    secret      VARCHAR(64)  NOT NULL,
    last_step   BIGINT       NOT NULL,
    enrolled_at TIMESTAMP    NOT NULL
);
