-- Issue 15: the reason an organizer gave for hours above the time on site, kept on the record, and
-- the hours recorded before the 24-hours-a-day cap when the cap applied (null otherwise).
ALTER TABLE service_record ADD COLUMN hours_reason TEXT;
ALTER TABLE service_record ADD COLUMN hours_capped_from NUMERIC(6, 2);
CREATE INDEX service_record_volunteer_day ON service_record (volunteer_id, service_date);
