package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer service group was formed under a brand. */
public record GroupFormed(
        UUID groupId,
        UUID brandId,
        String district,
        String name,
        UUID leaderVolunteerId,
        Instant formedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return brandId.toString();
    }
}
