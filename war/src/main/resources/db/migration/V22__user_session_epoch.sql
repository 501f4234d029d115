-- A signed-in page session remembers the epoch of its user; disabling the user or changing their
-- roles or password raises it, and the session ends at its next request (on every node).
ALTER TABLE portal_user ADD COLUMN session_epoch BIGINT DEFAULT 0 NOT NULL;
