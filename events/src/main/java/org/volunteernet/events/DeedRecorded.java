package org.volunteernet.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A good deed: self-reported in the diary, or witnessed by an organizer or district office. {@code verified} is
 * true for a witnessed deed: reports count those as {@code deedsWitnessed}, the others as {@code deedsSelfReported}.
 */
public record DeedRecorded(
        UUID deedId,
        UUID volunteerId,
        String district,
        LocalDate date,
        String category,
        int minutes,
        boolean atPost,
        boolean verified,
        UUID workUnitId,
        Instant recordedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
