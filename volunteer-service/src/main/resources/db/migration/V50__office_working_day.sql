-- Issue 14, the district office's working day.
--
-- Name corrections by the district office: the profile keeps its history (old, new, reason, who, when);
-- a row is never changed or removed.
CREATE TABLE volunteer_name_change (
    id            UUID PRIMARY KEY,
    volunteer_id  UUID        NOT NULL REFERENCES volunteer (id),
    old_name      TEXT        NOT NULL,
    new_name      TEXT        NOT NULL,
    reason        TEXT        NOT NULL,
    changed_by    TEXT        NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX volunteer_name_change_volunteer ON volunteer_name_change (volunteer_id, changed_at, id);

-- One-time claim codes with which a volunteer registered by the office links their own account.
-- Only the SHA-256 of the code is kept; a code is used once, expires, and a newer code revokes older ones.
CREATE TABLE claim_code (
    id            UUID PRIMARY KEY,
    volunteer_id  UUID        NOT NULL REFERENCES volunteer (id),
    code_hash     TEXT        NOT NULL UNIQUE,
    created_by    TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    used_at       TIMESTAMPTZ,
    used_by       TEXT,
    revoked_at    TIMESTAMPTZ,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX claim_code_volunteer ON claim_code (volunteer_id) WHERE used_at IS NULL AND revoked_at IS NULL;

-- Search by phone (E.164) and volunteer number within a district. A name substring is matched with ILIKE
-- on the district's rows (the district index bounds it); pg_trgm is not assumed to be installable.
CREATE INDEX volunteer_district_phone ON volunteer (district, phone);
