-- Pre-aggregated figures for the district report: a report reads these rows, it does not count events.

-- One row per volunteer, district and month with any activity: hours, deeds, diary entries.
-- Its existence is what "active that month" means.
CREATE TABLE volunteer_month (
    volunteer_id     UUID          NOT NULL,
    district         TEXT          NOT NULL,
    year             INTEGER       NOT NULL,
    month            INTEGER       NOT NULL,
    hours            NUMERIC(10, 2) NOT NULL DEFAULT 0,
    deeds_self       INTEGER       NOT NULL DEFAULT 0,
    deeds_witnessed  INTEGER       NOT NULL DEFAULT 0,
    diary_entries    INTEGER       NOT NULL DEFAULT 0,
    PRIMARY KEY (district, year, volunteer_id, month)
);

CREATE TABLE district_month (
    district           TEXT           NOT NULL,
    year               INTEGER        NOT NULL,
    month              INTEGER        NOT NULL,
    hours              NUMERIC(12, 2) NOT NULL DEFAULT 0,
    deeds_self         INTEGER        NOT NULL DEFAULT 0,
    deeds_witnessed    INTEGER        NOT NULL DEFAULT 0,
    active_volunteers  INTEGER        NOT NULL DEFAULT 0,
    new_registrations  INTEGER        NOT NULL DEFAULT 0,
    PRIMARY KEY (district, year, month)
);

-- Service records as counted, so that a correction moves exactly what was counted.
CREATE TABLE record_hours (
    record_id     UUID PRIMARY KEY,
    volunteer_id  UUID          NOT NULL,
    district      TEXT          NOT NULL,
    service_date  DATE          NOT NULL,
    hours         NUMERIC(8, 2) NOT NULL,
    brand_id      UUID
);

CREATE TABLE volunteer_star (
    volunteer_id  UUID PRIMARY KEY,
    district      TEXT    NOT NULL,
    level         INTEGER NOT NULL
);

CREATE TABLE brand_name (
    brand_id  UUID PRIMARY KEY,
    district  TEXT NOT NULL,
    name      TEXT NOT NULL
);

CREATE TABLE brand_year (
    brand_id  UUID           NOT NULL,
    year      INTEGER        NOT NULL,
    hours     NUMERIC(12, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (brand_id, year)
);

CREATE TABLE district_overdue (
    district  TEXT    NOT NULL,
    year      INTEGER NOT NULL,
    missed    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (district, year)
);
