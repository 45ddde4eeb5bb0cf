package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A volunteer now leads a brand: its founder when the brand is created, or a leader the district
 * office appointed later. Lets other services recognise brand leaders without calling brand-service.
 */
public record BrandLeaderAppointed(
        UUID brandId,
        String district,
        UUID volunteerId,
        Instant appointedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return brandId.toString();
    }
}
