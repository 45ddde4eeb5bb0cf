package org.volunteernet.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer registered with real name; {@code org.volunteernet.VolunteerRegistered.v2}. Carries no name, ID
 * number or contact data, and unlike v1 ({@link VolunteerRegisteredV1}) no unified volunteer number, community,
 * gender or birth year either: together they re-identify a person. A service that needs a volunteer's number or
 * name asks volunteer-service's directory ({@code POST /api/v1/volunteers/directory}, the services' own token).
 */
public record VolunteerRegistered(
        UUID volunteerId,
        String district,
        List<String> skills,
        List<String> serviceCategories,
        UUID workUnitId,
        String accountSubject,
        Instant registeredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }

    /** The v1 form, published instead of this one only while {@code volunteernet.events.legacy-versions=true}. */
    public VolunteerRegisteredV1 legacy(String volunteerNumber, String community, String gender, int birthYear) {
        return new VolunteerRegisteredV1(volunteerId, volunteerNumber, district, community, gender, birthYear, skills,
                serviceCategories, workUnitId, accountSubject, registeredAt);
    }

    /** The registration of either version, as v2; {@code null} for any other data. */
    public static VolunteerRegistered of(Object data) {
        return data instanceof VolunteerRegistered v2 ? v2 : data instanceof VolunteerRegisteredV1 v1 ? v1.current() : null;
    }
}
