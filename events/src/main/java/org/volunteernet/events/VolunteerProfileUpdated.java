package org.volunteernet.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer profile changed; only fields safe to share are carried. {@code changedFields} names the
 * profile fields the change touched (e.g. {@code name} for a district office's name correction) without
 * their values: a real name never travels in an event. Null in events published before it existed.
 */
public record VolunteerProfileUpdated(
        UUID volunteerId,
        String district,
        String community,
        List<String> skills,
        List<String> serviceCategories,
        UUID workUnitId,
        String post,
        long version,
        Instant updatedAt,
        List<String> changedFields) implements DomainEvent {

    /** An update that does not say which fields it touched (as published before {@code changedFields}). */
    public VolunteerProfileUpdated(UUID volunteerId, String district, String community, List<String> skills,
            List<String> serviceCategories, UUID workUnitId, String post, long version, Instant updatedAt) {
        this(volunteerId, district, community, skills, serviceCategories, workUnitId, post, version, updatedAt, null);
    }

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
