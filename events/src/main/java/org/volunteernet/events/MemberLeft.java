package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer left a group, or was removed by its leader or a brand leader. */
public record MemberLeft(
        UUID groupId,
        UUID brandId,
        String district,
        UUID volunteerId,
        boolean removed,
        Instant leftAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return brandId.toString();
    }
}
