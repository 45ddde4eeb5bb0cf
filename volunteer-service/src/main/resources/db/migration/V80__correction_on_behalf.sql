-- Corrections entered on a volunteer's behalf (Decree 67 Art. 13): a volunteer without the app asks the district
-- office by phone or at the counter, and the office enters the correction for them. Each correction keeps who
-- entered it (token subject) and whether that was someone other than the volunteer; whoever entered a correction
-- never decides it (four eyes). Every correction before this one was the volunteer's own, entered with the
-- account the volunteer is still linked to (a link is never removed), so the backfill is exact.
ALTER TABLE record_correction
    ADD COLUMN reported_by TEXT,
    ADD COLUMN on_behalf   BOOLEAN NOT NULL DEFAULT false;
UPDATE record_correction c SET reported_by = v.subject FROM volunteer v WHERE v.id = c.volunteer_id;
ALTER TABLE record_correction ALTER COLUMN reported_by SET NOT NULL;
-- the volunteer's history lists the corrections entered on their behalf, oldest first
CREATE INDEX record_correction_on_behalf ON record_correction (volunteer_id, reported_at, id) WHERE on_behalf;
