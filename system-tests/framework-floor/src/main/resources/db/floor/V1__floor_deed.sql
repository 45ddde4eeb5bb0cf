-- The same columns as volunteer-service's deed, without the entry, witness and index on volunteer.
CREATE TABLE floor_deed (
    id           UUID PRIMARY KEY,
    volunteer_id UUID        NOT NULL,
    date         DATE        NOT NULL,
    category     TEXT        NOT NULL,
    description  TEXT        NOT NULL,
    minutes      INT         NOT NULL,
    at_post      BOOLEAN     NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);
