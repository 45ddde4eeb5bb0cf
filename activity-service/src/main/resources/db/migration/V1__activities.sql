-- What activity-service knows of volunteers, brands and groups: learnt from their events.
CREATE TABLE known_volunteer (
    volunteer_id     UUID PRIMARY KEY,
    district         TEXT NOT NULL,
    account_subject  TEXT UNIQUE
);
CREATE TABLE known_brand (
    brand_id  UUID PRIMARY KEY,
    district  TEXT NOT NULL,
    name      TEXT NOT NULL
);
CREATE TABLE known_group (
    group_id  UUID PRIMARY KEY,
    brand_id  UUID NOT NULL,
    district  TEXT NOT NULL,
    name      TEXT NOT NULL
);

-- An activity: one-off, or recurring by an RFC 5545 RRULE in the network's time zone.
CREATE TABLE activity (
    id                  UUID PRIMARY KEY,
    title               TEXT        NOT NULL,
    content             TEXT        NOT NULL,
    district            TEXT        NOT NULL,
    place               TEXT        NOT NULL,
    start_at            TIMESTAMPTZ NOT NULL,
    end_at              TIMESTAMPTZ NOT NULL,
    capacity            INTEGER     NOT NULL CHECK (capacity > 0),
    service_category    TEXT        NOT NULL,
    organizing_unit     TEXT        NOT NULL,
    person_in_charge    TEXT        NOT NULL,
    brand_id            UUID,
    group_id            UUID,
    recurrence          TEXT,
    materialized_until  TIMESTAMPTZ NOT NULL,
    organizer_subject   TEXT        NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX activity_district ON activity (district, start_at);
CREATE INDEX activity_brand ON activity (brand_id);

-- The dated occurrences, materialized idempotently over a rolling horizon.
CREATE TABLE occurrence (
    id                      UUID PRIMARY KEY,
    activity_id             UUID        NOT NULL REFERENCES activity (id),
    start_at                TIMESTAMPTZ NOT NULL,
    end_at                  TIMESTAMPTZ NOT NULL,
    capacity                INTEGER     NOT NULL,
    confirmed               INTEGER     NOT NULL DEFAULT 0,
    waitlisted              INTEGER     NOT NULL DEFAULT 0,
    status                  TEXT        NOT NULL,
    completed_at            TIMESTAMPTZ,
    completed_by            TEXT,
    deadline_missed_at      TIMESTAMPTZ,
    version                 BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (activity_id, start_at)
);
CREATE INDEX occurrence_unrecorded ON occurrence (end_at) WHERE status = 'SCHEDULED';

CREATE SEQUENCE signup_position_seq;
CREATE TABLE signup (
    id              UUID PRIMARY KEY,
    occurrence_id   UUID        NOT NULL REFERENCES occurrence (id),
    volunteer_id    UUID        NOT NULL,
    status          TEXT        NOT NULL,
    position        BIGINT      NOT NULL,
    signed_up_at    TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    checked_in_at   TIMESTAMPTZ,
    checked_out_at  TIMESTAMPTZ,
    version         BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (occurrence_id, volunteer_id)
);
CREATE INDEX signup_volunteer ON signup (volunteer_id, status);
CREATE INDEX signup_waitlist ON signup (occurrence_id, status, position);
