package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** An occurrence was cancelled; one event for each volunteer who held a seat or waited for one. */
public record OccurrenceCancelled(
        UUID occurrenceId,
        UUID activityId,
        String district,
        UUID volunteerId,
        String reason,
        Instant cancelledAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }
}
