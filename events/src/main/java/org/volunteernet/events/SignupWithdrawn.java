package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer withdrew from an occurrence. */
public record SignupWithdrawn(
        UUID signupId,
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
