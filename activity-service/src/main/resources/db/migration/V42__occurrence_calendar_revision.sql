-- Issue 15: what a subscribed calendar needs to replace an event it holds (RFC 5545 SEQUENCE,
-- LAST-MODIFIED and a DTSTAMP that stays put until the occurrence changes).
ALTER TABLE occurrence ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE occurrence ADD COLUMN changed_at TIMESTAMPTZ NOT NULL DEFAULT now();
