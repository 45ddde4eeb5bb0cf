package org.volunteernet.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A self-reported diary deed was withdrawn by its volunteer on one of its entry's editable days (issue 15).
 * Carries what DeedRecorded carried, so that a projection can subtract the deed's count and minutes
 * ({@code verified}: witnessed, counted in reports' {@code deedsWitnessed}; else {@code deedsSelfReported}).
 */
public record DeedWithdrawn(
        UUID deedId,
        UUID volunteerId,
        String district,
        LocalDate date,
        String category,
        int minutes,
        boolean atPost,
        boolean verified,
        UUID workUnitId,
        Instant withdrawnAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
