-- The start an occurrence has in its series (RFC 5545 RECURRENCE-ID). It never changes when the
-- occurrence is moved, so the daily materializer knows the slot is taken and does not bring the
-- occurrence back at its old time. Rows moved before this migration cannot be told apart; they keep
-- their current start as their slot.
ALTER TABLE occurrence ADD COLUMN series_start_at TIMESTAMPTZ;
UPDATE occurrence SET series_start_at = start_at;
ALTER TABLE occurrence ALTER COLUMN series_start_at SET NOT NULL;
CREATE INDEX occurrence_series_slot ON occurrence (activity_id, series_start_at);
