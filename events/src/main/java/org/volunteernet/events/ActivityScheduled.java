package org.volunteernet.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An activity (one-off or recurring) was scheduled. */
public record ActivityScheduled(
        UUID activityId,
        String district,
        String title,
        String serviceCategory,
        OffsetDateTime start,
        OffsetDateTime end,
        int capacity,
        String recurrence,
        String organizingUnit,
        UUID brandId,
        UUID groupId,
        Instant scheduledAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId.toString();
    }
}
