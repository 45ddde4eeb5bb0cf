package org.volunteernet.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A volunteer profile changed; only fields safe to share are carried. */
public record VolunteerProfileUpdated(
        UUID volunteerId,
        String district,
        String community,
        List<String> skills,
        List<String> serviceCategories,
        UUID workUnitId,
        String post,
        long version,
        Instant updatedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
