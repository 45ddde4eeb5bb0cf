package org.volunteernet.activity.schedule.service;

import java.time.OffsetDateTime;

/** Moves one occurrence; a null field keeps its value. */
public record RescheduleOccurrence(OffsetDateTime start, OffsetDateTime end, String place) {
}
