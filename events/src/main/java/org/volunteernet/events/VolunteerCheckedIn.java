package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer arrived at an occurrence. */
public record VolunteerCheckedIn(
        UUID occurrenceId,
        UUID activityId,
        UUID volunteerId,
        String district,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }
}
