-- The district office's working day (issue 14).
-- Walk-ins attend without a seat (signup.status WALK_IN); the hours recorded at completion stay with the sign-up,
-- so the roster shows them and a second identical upload is recognised. signed_up_by: the organizer or office
-- that signed a volunteer up on their behalf (null: the volunteer did).
ALTER TABLE signup ADD COLUMN hours NUMERIC(4, 2);
ALTER TABLE signup ADD COLUMN signed_up_by TEXT;
-- Completion entered after the Decree 67 Art. 11 deadline; an occurrence held with nobody keeps its note.
ALTER TABLE occurrence ADD COLUMN recorded_late BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE occurrence ADD COLUMN closed_note TEXT;
-- The unified volunteer number, from VolunteerRegistered, for rosters and bulk entry.
ALTER TABLE known_volunteer ADD COLUMN volunteer_number TEXT;
CREATE INDEX known_volunteer_number ON known_volunteer (volunteer_number);
-- Sign-up closed by the organizer before the start (PATCH /activities/{id}).
ALTER TABLE activity ADD COLUMN signup_closed BOOLEAN NOT NULL DEFAULT false;
