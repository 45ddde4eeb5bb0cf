package org.volunteernet.activity.schedule.domain;

public enum OccurrenceStatus {
    SCHEDULED, CANCELLED, COMPLETED,
    /** Held, but nobody came: closed without participants, so no service record and no ActivityCompleted. */
    HELD_WITH_NOBODY
}
