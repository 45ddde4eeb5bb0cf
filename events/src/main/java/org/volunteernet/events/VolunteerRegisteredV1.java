package org.volunteernet.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Version 1 of VolunteerRegistered ({@code org.volunteernet.VolunteerRegistered.v1}), superseded by
 * {@link VolunteerRegistered} (v2): beside the volunteer's id it carried the unified volunteer number, the
 * community, gender and birth year, which together re-identify a person. Kept readable for the v1 events already
 * on the topic; volunteer-service publishes it instead of v2 only while
 * {@code volunteernet.events.legacy-versions=true} (a rolling upgrade).
 */
@Deprecated
public record VolunteerRegisteredV1(
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

    /** The same registration as a v2 event, without number, community, gender and birth year. */
    public VolunteerRegistered current() {
        return new VolunteerRegistered(volunteerId, district, skills, serviceCategories, workUnitId, accountSubject, registeredAt);
    }
}
