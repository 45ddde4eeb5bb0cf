-- F3: a unit's figures count a volunteer's verified hours served while the volunteer belonged to the unit, from
-- the day (network calendar) the volunteer named it; a volunteer who leaves or moves stops counting for the old
-- unit from that day. Each registration (version 0) and profile update (its version) says which unit the
-- volunteer belongs to from the day of the event (registeredAt / updatedAt); a service record counts for the
-- unit named by the newest version whose day is not after the record's service date. Order-independent, so a
-- rebuild (replay) gives the same figures.
CREATE TABLE volunteer_work_unit_span (
    volunteer_id     UUID   NOT NULL,
    profile_version  BIGINT NOT NULL,
    work_unit_id     UUID,
    from_date        DATE   NOT NULL,
    PRIMARY KEY (volunteer_id, profile_version)
);
CREATE INDEX volunteer_work_unit_span_by_unit ON volunteer_work_unit_span (work_unit_id);
CREATE INDEX record_hours_by_volunteer ON record_hours (volunteer_id, service_date);

-- Members known before this migration keep their unit for all their past hours (the former rule) until the
-- reports are rebuilt (POST /api/v1/reports/rebuilds), which learns the day each volunteer named the unit.
INSERT INTO volunteer_work_unit_span (volunteer_id, profile_version, work_unit_id, from_date)
SELECT volunteer_id, profile_version, work_unit_id, '-infinity'::date FROM volunteer_work_unit;
