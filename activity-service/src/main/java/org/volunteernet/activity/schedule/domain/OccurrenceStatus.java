package org.volunteernet.activity.schedule.domain;

public enum OccurrenceStatus {
    SCHEDULED, CANCELLED, COMPLETED
}
