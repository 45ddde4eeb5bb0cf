package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer service organization joined a brand. */
public record OrganizationJoined(
        UUID organizationId,
        UUID brandId,
        String district,
        String name,
        Instant joinedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return brandId.toString();
    }
}
