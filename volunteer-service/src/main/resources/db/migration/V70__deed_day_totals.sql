-- Issue 13 (write path): a volunteer's standing deed minutes per day, kept as a counter row. Recording a
-- deed adds to it with one upsert that also locks the row (INSERT ... ON CONFLICT DO UPDATE ... RETURNING),
-- so the 1,440-minute day rule costs one statement instead of a lock on the volunteer, then a SUM over the
-- day's deeds. A withdrawal subtracts. Backfilled from the standing deeds.
CREATE TABLE deed_day_total (
    volunteer_id UUID    NOT NULL,
    deed_date    DATE    NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes >= 0),
    PRIMARY KEY (volunteer_id, deed_date)
);

INSERT INTO deed_day_total (volunteer_id, deed_date, minutes)
SELECT volunteer_id, deed_date, sum(minutes)
FROM deed
WHERE withdrawn_at IS NULL
GROUP BY volunteer_id, deed_date;
