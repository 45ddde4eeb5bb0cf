-- What brand-service knows of volunteers, learnt from volunteer.events (never from volunteer's tables).
CREATE TABLE known_volunteer (
    volunteer_id     UUID PRIMARY KEY,
    district         TEXT        NOT NULL,
    account_subject  TEXT UNIQUE,
    work_unit_id     UUID,
    post             TEXT,
    registered_at    TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_volunteer_work_unit ON known_volunteer (work_unit_id);

-- "An excellent volunteer drives a volunteer service brand": name unique within its district.
CREATE TABLE brand (
    id                    UUID PRIMARY KEY,
    name                  TEXT        NOT NULL,
    name_key              TEXT        NOT NULL,
    slogan                TEXT,
    description           TEXT,
    district              TEXT        NOT NULL,
    founder_volunteer_id  UUID        NOT NULL REFERENCES known_volunteer (volunteer_id),
    created_by            TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    version               BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (district, name_key)
);
CREATE INDEX brand_district ON brand (district, created_at, id);

CREATE TABLE brand_leader (
    brand_id      UUID        NOT NULL REFERENCES brand (id),
    volunteer_id  UUID        NOT NULL REFERENCES known_volunteer (volunteer_id),
    appointed_by  TEXT        NOT NULL,
    appointed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (brand_id, volunteer_id)
);

-- "A brand shapes a volunteer service group".
CREATE TABLE volunteer_group (
    id                   UUID PRIMARY KEY,
    brand_id             UUID        NOT NULL REFERENCES brand (id),
    name                 TEXT        NOT NULL,
    name_key             TEXT        NOT NULL,
    leader_volunteer_id  UUID        NOT NULL REFERENCES known_volunteer (volunteer_id),
    formed_at            TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (brand_id, name_key)
);

CREATE TABLE group_membership (
    group_id         UUID        NOT NULL REFERENCES volunteer_group (id),
    volunteer_id     UUID        NOT NULL REFERENCES known_volunteer (volunteer_id),
    status           TEXT        NOT NULL,
    requested_at     TIMESTAMPTZ NOT NULL,
    decided_by       TEXT,
    decision_reason  TEXT,
    decided_at       TIMESTAMPTZ,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, volunteer_id)
);

-- Volunteer service organizations coordinated under a brand.
CREATE TABLE member_organization (
    id         UUID PRIMARY KEY,
    brand_id   UUID        NOT NULL REFERENCES brand (id),
    name       TEXT        NOT NULL,
    name_key   TEXT        NOT NULL,
    contact    TEXT,
    joined_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (brand_id, name_key)
);

-- Work units whose members learn at their posts.
CREATE TABLE work_unit (
    id             UUID PRIMARY KEY,
    name           TEXT        NOT NULL,
    name_key       TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    district       TEXT        NOT NULL,
    registered_by  TEXT        NOT NULL,
    registered_at  TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (district, name_key)
);
