package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A volunteer's verified hours crossed a star threshold; published once per level. */
public record StarLevelReached(
        UUID volunteerId,
        String district,
        int level,
        BigDecimal verifiedHours,
        Instant reachedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
