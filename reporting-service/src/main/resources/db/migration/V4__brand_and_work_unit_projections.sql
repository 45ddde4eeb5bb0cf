-- Brand and work-unit reports, pre-aggregated like the district figures.
-- Tables that a rebuild empties and refills are listed in ProjectionTables (Java), keep both in step.

ALTER TABLE brand_name ADD COLUMN founder_volunteer_id UUID;

CREATE TABLE brand_leader (
    brand_id      UUID NOT NULL,
    volunteer_id  UUID NOT NULL,
    PRIMARY KEY (brand_id, volunteer_id)
);

CREATE TABLE brand_group (
    group_id   UUID PRIMARY KEY,
    brand_id   UUID        NOT NULL,
    name       TEXT        NOT NULL,
    formed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX brand_group_by_brand ON brand_group (brand_id);

-- Current members of a brand's groups (a volunteer may belong to several groups of one brand).
CREATE TABLE group_member (
    group_id      UUID NOT NULL,
    volunteer_id  UUID NOT NULL,
    brand_id      UUID NOT NULL,
    PRIMARY KEY (group_id, volunteer_id)
);
CREATE INDEX group_member_by_brand ON group_member (brand_id);

CREATE TABLE brand_organization (
    organization_id  UUID PRIMARY KEY,
    brand_id         UUID        NOT NULL,
    name             TEXT        NOT NULL,
    joined_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX brand_organization_by_brand ON brand_organization (brand_id);

-- A brand's activities as scheduled, so that the occurrences due in a year can be counted.
CREATE TABLE brand_activity (
    activity_id     UUID PRIMARY KEY,
    brand_id        UUID        NOT NULL,
    first_start     TIMESTAMPTZ NOT NULL,
    recurrence      TEXT,
    series_ends_at  TIMESTAMPTZ
);
CREATE INDEX brand_activity_by_brand ON brand_activity (brand_id);

-- Occurrences of a brand's activities that took place (recorded as completed), once each.
CREATE TABLE brand_occurrence_held (
    occurrence_id  UUID PRIMARY KEY,
    brand_id       UUID    NOT NULL,
    activity_id    UUID    NOT NULL,
    held_on        DATE    NOT NULL,
    participants   INTEGER NOT NULL
);
CREATE INDEX brand_occurrence_held_by_brand ON brand_occurrence_held (brand_id, held_on);

CREATE TABLE brand_month (
    brand_id   UUID           NOT NULL,
    year       INTEGER        NOT NULL,
    month      INTEGER        NOT NULL,
    hours      NUMERIC(12, 2) NOT NULL DEFAULT 0,
    joined     INTEGER        NOT NULL DEFAULT 0,
    left_count INTEGER        NOT NULL DEFAULT 0,
    PRIMARY KEY (brand_id, year, month)
);

CREATE TABLE work_unit (
    work_unit_id  UUID PRIMARY KEY,
    district      TEXT NOT NULL,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL
);

-- Which unit a volunteer works at now (their latest profile).
CREATE TABLE volunteer_work_unit (
    volunteer_id     UUID PRIMARY KEY,
    work_unit_id     UUID,
    profile_version  BIGINT NOT NULL
);
CREATE INDEX volunteer_work_unit_by_unit ON volunteer_work_unit (work_unit_id);

-- Post deeds: good work at one's ordinary post, recognised but kept apart from volunteer hours.
CREATE TABLE work_unit_month (
    work_unit_id  UUID    NOT NULL,
    year          INTEGER NOT NULL,
    month         INTEGER NOT NULL,
    post_deeds    INTEGER NOT NULL DEFAULT 0,
    post_minutes  BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (work_unit_id, year, month)
);

-- A unit's members' volunteering is read from volunteer_month by volunteer.
CREATE INDEX volunteer_month_by_volunteer ON volunteer_month (volunteer_id, year);

-- Brand hours now by month (brand_month); a reporting database that had consumed events before
-- this migration gets its brand and work-unit figures by a rebuild (README: rebuilding the reports).
DROP TABLE brand_year;
