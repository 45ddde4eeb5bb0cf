-- Issue 17 (lane h17n): volunteer views and notifications.
-- An activity may name the fewest volunteers it needs; organizers are warned 48 h before an occurrence
-- still short of them. Null: no minimum.
ALTER TABLE activity ADD COLUMN minimum_volunteers INTEGER CHECK (minimum_volunteers IS NULL OR minimum_volunteers > 0);
-- GET /occurrences (searchOccurrences): occurrences across activities by start, keyset (start, id).
CREATE INDEX occurrence_start ON occurrence (start_at, id);
-- GET /signups/me: a volunteer's sign-ups are found by signup_volunteer (volunteer_id, status).

-- The inbox of volunteers and organizers. recipient is 'volunteer:<volunteer id>' or 'subject:<token subject>'
-- (organizers are known by their token subject only). (recipient, kind, source) is unique: source names the event
-- (its CloudEvents id) or the occurrence and its start (reminders and warnings), so a redelivered event or a second
-- run of the reminder job inserts nothing. params: what the text needs (title, start, place...), rendered in the
-- reader's language when read. seq orders the inbox and is the cursor.
CREATE TABLE notification (
    id          UUID PRIMARY KEY,
    seq         BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    recipient   TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    source      TEXT        NOT NULL,
    params      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ,
    UNIQUE (recipient, kind, source)
);
CREATE INDEX notification_inbox ON notification (recipient, seq);
CREATE INDEX notification_unread ON notification (recipient, seq) WHERE read_at IS NULL;
