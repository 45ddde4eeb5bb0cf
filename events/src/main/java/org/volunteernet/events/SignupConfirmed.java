package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer holds a confirmed seat at an occurrence. */
public record SignupConfirmed(
        UUID signupId,
        UUID occurrenceId,
        UUID activityId,
        UUID volunteerId,
        String district,
        boolean promotedFromWaitlist,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }
}
