-- Cancelling the rest of a series ends it here: occurrences from this instant on are not materialized.
ALTER TABLE activity ADD COLUMN series_ends_at TIMESTAMPTZ;
-- One occurrence may move elsewhere, or be cancelled with a reason.
ALTER TABLE occurrence ADD COLUMN place TEXT;
ALTER TABLE occurrence ADD COLUMN cancel_reason TEXT;
