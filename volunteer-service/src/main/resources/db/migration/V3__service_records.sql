-- Service records (Decree 67 Art. 7), created from ActivityCompleted. One per volunteer and occurrence.
CREATE TABLE service_record (
    id                UUID PRIMARY KEY,
    volunteer_id      UUID          NOT NULL REFERENCES volunteer (id),
    occurrence_id     UUID          NOT NULL,
    activity_id       UUID          NOT NULL,
    activity_name     TEXT          NOT NULL,
    service_date      DATE          NOT NULL,
    place             TEXT          NOT NULL,
    content           TEXT          NOT NULL,
    service_category  TEXT          NOT NULL,
    hours             NUMERIC(6, 2) NOT NULL CHECK (hours >= 0),
    organizing_unit   TEXT          NOT NULL,
    person_in_charge  TEXT          NOT NULL,
    recorded_by       TEXT,
    district          TEXT          NOT NULL,
    brand_id          UUID,
    group_id          UUID,
    created_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (volunteer_id, occurrence_id)
);
CREATE INDEX service_record_volunteer ON service_record (volunteer_id, service_date, id);

-- Corrections (Art. 13): the volunteer reports, the recorder decides; the history is kept.
CREATE TABLE record_correction (
    id               UUID PRIMARY KEY,
    record_id        UUID          NOT NULL REFERENCES service_record (id),
    volunteer_id     UUID          NOT NULL REFERENCES volunteer (id),
    proposed_hours   NUMERIC(6, 2) CHECK (proposed_hours >= 0),
    proposed_date    DATE,
    reason           TEXT          NOT NULL,
    status           TEXT          NOT NULL,
    previous_hours   NUMERIC(6, 2) NOT NULL,
    previous_date    DATE          NOT NULL,
    reported_at      TIMESTAMPTZ   NOT NULL,
    decided_by       TEXT,
    decision_reason  TEXT,
    decided_at       TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX record_correction_record ON record_correction (record_id, reported_at);
-- at most one open correction per record
CREATE UNIQUE INDEX record_correction_one_pending ON record_correction (record_id) WHERE status = 'PENDING';

-- Star level bookkeeping: verified hours, and the highest level ever announced (announced once).
CREATE TABLE volunteer_star (
    volunteer_id             UUID PRIMARY KEY REFERENCES volunteer (id),
    verified_hours           NUMERIC(8, 2) NOT NULL DEFAULT 0,
    highest_level_announced  INTEGER       NOT NULL DEFAULT 0,
    version                  BIGINT        NOT NULL DEFAULT 0
);

-- Certificates of service (Art. 14, 15, 17): free, repeatable, verifiable by code.
CREATE TABLE certificate (
    id                 UUID PRIMARY KEY,
    volunteer_id       UUID          NOT NULL REFERENCES volunteer (id),
    verification_code  TEXT          NOT NULL UNIQUE,
    hours              NUMERIC(8, 2) NOT NULL,
    content            TEXT          NOT NULL,
    recording_units    TEXT[]        NOT NULL,
    record_ids         UUID[]        NOT NULL,
    issued_at          TIMESTAMPTZ   NOT NULL,
    pdf                BYTEA         NOT NULL
);
CREATE INDEX certificate_volunteer ON certificate (volunteer_id, issued_at);
