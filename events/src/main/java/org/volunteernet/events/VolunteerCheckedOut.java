package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer left an occurrence. */
public record VolunteerCheckedOut(
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
