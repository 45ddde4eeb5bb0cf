-- Issue 15, one definition of "overdue" (Decree 67 Art. 11) for the district report and activity-service's
-- GET /occurrences/overdue: an occurrence that ended, is neither recorded (ActivityCompleted) nor cancelled,
-- and whose 10th working day after its end day has passed (RecordDeadlineMissed). A late recording or a
-- cancellation takes it out of district_overdue again.
-- One row per occurrence that missed its deadline (district, year of its end) or was closed (recorded or
-- cancelled; closed rows without a district were closed before any deadline was missed). Order-independent:
-- a missed deadline arriving after the closing is not counted. Figures from before this migration are set
-- right by a rebuild (POST /api/v1/reports/rebuilds).
CREATE TABLE overdue_occurrence (
    occurrence_id UUID    PRIMARY KEY,
    district      TEXT,
    year          INTEGER,
    closed        BOOLEAN NOT NULL DEFAULT FALSE
);
