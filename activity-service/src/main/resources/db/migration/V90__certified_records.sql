-- The hours volunteer-service certified for each participant, next to the hours recorded at completion (signup.hours):
-- ServiceRecordCreated gives the record, its occurrence and the certified hours (capped so that a volunteer's verified
-- hours of a calendar day stay within 24: hours_capped_from is then the recorded hours); ServiceRecordCorrected the
-- hours an accepted correction set. One row per service record. occurrence_id is null while only a correction of the
-- record has arrived (both events are keyed by volunteer on one topic, so it should not happen); the creation fills it.
CREATE TABLE certified_record (
    record_id          UUID PRIMARY KEY,
    volunteer_id       UUID NOT NULL,
    occurrence_id      UUID,
    hours              NUMERIC(6, 2) NOT NULL,
    hours_capped_from  NUMERIC(6, 2),
    created_at         TIMESTAMPTZ,
    correction_id      UUID,
    corrected_at       TIMESTAMPTZ
);
-- the roster's join: a participant's record at an occurrence (volunteer-service makes at most one)
CREATE INDEX certified_record_participant ON certified_record (occurrence_id, volunteer_id);
