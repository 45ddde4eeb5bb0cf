-- Issue 15: a self-reported deed may be withdrawn on its diary entry's editable days. The row stays
-- (a recorded deed is a fact; its withdrawal is one too) and is left out of every count.
ALTER TABLE deed ADD COLUMN withdrawn_at TIMESTAMPTZ;
CREATE INDEX deed_volunteer_day ON deed (volunteer_id, deed_date) WHERE withdrawn_at IS NULL;
