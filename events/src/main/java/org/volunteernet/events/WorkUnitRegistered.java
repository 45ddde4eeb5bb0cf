package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A work unit whose members learn at their posts was registered. */
public record WorkUnitRegistered(
        UUID workUnitId,
        String district,
        String name,
        String kind,
        Instant registeredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return workUnitId.toString();
    }
}
