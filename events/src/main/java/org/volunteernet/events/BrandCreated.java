package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer service brand was founded. */
public record BrandCreated(
        UUID brandId,
        String district,
        String name,
        String slogan,
        UUID founderVolunteerId,
        Instant createdAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return brandId.toString();
    }
}
