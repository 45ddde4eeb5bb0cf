package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A volunteer whom a district office registered without an account linked their own account to the
 * record with the office's one-time claim code: from now on the account's token subject is this
 * volunteer's, as {@link VolunteerRegistered#accountSubject()} is for self-registered volunteers.
 * Carries no name, ID number, contact data or the claim code.
 */
public record VolunteerAccountLinked(
        UUID volunteerId,
        String district,
        String accountSubject,
        Instant linkedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
