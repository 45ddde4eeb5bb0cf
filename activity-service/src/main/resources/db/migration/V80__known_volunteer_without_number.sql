-- Issue 14 / VolunteerRegistered.v2: activity-service no longer keeps volunteers' unified numbers (re-identifying;
-- v2 events carry none). Rosters, the participant sheet and bulk entry ask volunteer-service's directory for
-- numbers and names; the local view keeps only what its rules need: district and account subject.
DROP INDEX IF EXISTS known_volunteer_number;
ALTER TABLE known_volunteer DROP COLUMN IF EXISTS volunteer_number;
