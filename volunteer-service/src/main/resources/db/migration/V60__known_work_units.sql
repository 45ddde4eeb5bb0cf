-- Issue 18: the work units volunteer-service knows, learnt from brand.events (WorkUnitRegistered),
-- so that a volunteer's workUnitId names an existing unit of the volunteer's own district.
CREATE TABLE known_work_unit (
    work_unit_id   UUID         PRIMARY KEY,
    district       VARCHAR(6)   NOT NULL,
    registered_at  TIMESTAMPTZ  NOT NULL
);
