-- Issue 15: a volunteer's personal calendar feed at a secret, revocable URL (calendar apps cannot send a
-- bearer token). Only the SHA-256 of the token is stored; one token per volunteer, a new one replaces it.
CREATE TABLE calendar_feed_token (
    volunteer_id  UUID PRIMARY KEY,
    token_sha256  TEXT        NOT NULL UNIQUE,
    created_at    TIMESTAMPTZ NOT NULL
);
