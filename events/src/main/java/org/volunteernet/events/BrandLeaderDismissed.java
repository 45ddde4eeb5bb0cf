package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer no longer leads a brand (the district office removed them; a brand keeps at least one leader). */
public record BrandLeaderDismissed(
        UUID brandId,
        String district,
        UUID volunteerId,
        Instant dismissedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return brandId.toString();
    }
}
