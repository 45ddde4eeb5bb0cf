-- A volunteer's own account (token subject), so that a volunteer can be shown their own year and nobody else's.
CREATE TABLE volunteer_account (
    volunteer_id     UUID PRIMARY KEY,
    district         TEXT NOT NULL,
    account_subject  TEXT UNIQUE
);
