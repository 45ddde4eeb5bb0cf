package org.volunteernet.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A volunteer registered with real name; carries no name, ID number or contact data. */
public record VolunteerRegistered(
        UUID volunteerId,
        String volunteerNumber,
        String district,
        String community,
        String gender,
        int birthYear,
        List<String> skills,
        List<String> serviceCategories,
        UUID workUnitId,
        String accountSubject,
        Instant registeredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
