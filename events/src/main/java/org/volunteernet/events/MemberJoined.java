package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/** A volunteer's request to join a group was approved. */
public record MemberJoined(
        UUID groupId,
        UUID brandId,
        String district,
        UUID volunteerId,
        Instant joinedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return brandId.toString();
    }
}
