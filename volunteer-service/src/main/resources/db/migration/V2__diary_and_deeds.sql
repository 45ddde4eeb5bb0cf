-- The diary: one entry per volunteer per day. Shortcomings live only here (JSON), never in an event.
CREATE TABLE diary_entry (
    id            UUID PRIMARY KEY,
    volunteer_id  UUID        NOT NULL REFERENCES volunteer (id),
    entry_date    DATE        NOT NULL,
    reflection    TEXT,
    shortcomings  JSONB       NOT NULL DEFAULT '[]',
    written_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (volunteer_id, entry_date)
);

-- Good deeds: self-reported in a diary entry, or witnessed (verified) by an organizer or office.
-- A recorded deed is a fact: deeds are added, never edited.
CREATE TABLE deed (
    id            UUID PRIMARY KEY,
    volunteer_id  UUID        NOT NULL REFERENCES volunteer (id),
    entry_id      UUID        REFERENCES diary_entry (id),
    deed_date     DATE        NOT NULL,
    category      TEXT        NOT NULL,
    description   TEXT        NOT NULL,
    minutes       INTEGER     NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    at_post       BOOLEAN     NOT NULL,
    verified      BOOLEAN     NOT NULL,
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX deed_volunteer_date ON deed (volunteer_id, deed_date);
CREATE INDEX deed_entry ON deed (entry_id);
