package org.volunteernet.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An occurrence moved in time or place; one event for each volunteer who held a seat or waited for one. */
public record OccurrenceRescheduled(
        UUID occurrenceId,
        UUID activityId,
        String district,
        UUID volunteerId,
        OffsetDateTime start,
        OffsetDateTime end,
        String place,
        Instant rescheduledAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }
}
