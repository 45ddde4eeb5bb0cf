package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer was put on an occurrence's waitlist. */
public record SignupWaitlisted(
        UUID signupId,
        UUID occurrenceId,
        UUID activityId,
        UUID volunteerId,
        String district,
        int position,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }
}
