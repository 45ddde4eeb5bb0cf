package org.volunteernet.activity.directory.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who volunteers are, from volunteer-service, which alone holds names (events carry none: Decree 67 Art. 16,
 * issue 18). The port activity-service's rosters and bulk entry ask through; production's implementation calls
 * volunteer-service's directory ({@code POST /api/v1/volunteers/directory}) with the services' own token
 * ({@code client/RemoteVolunteerDirectory}); module tests put their own implementation at this boundary.
 */
public interface VolunteerDirectory {

    /**
     * One question for a batch: volunteer ids, unified volunteer numbers, ID numbers (any may be empty). Throws
     * {@link DirectoryUnavailableException} when volunteer-service does not answer in time or refuses the service.
     */
    Answer lookUp(Query query);

    /** Whom to ask about: ids (at most 10,000), numbers and ID numbers (at most 1,000 each). */
    record Query(List<UUID> volunteerIds, List<String> volunteerNumbers, List<String> idNumbers) {

        public static Query ofIds(List<UUID> ids) {
            return new Query(ids, List.of(), List.of());
        }
    }

    /** A volunteer as the directory answers: id, district (GB/T 2260), real name, unified volunteer number. */
    record Entry(UUID volunteerId, String district, String name, String volunteerNumber) {
    }

    /** Everyone any key found, and which volunteer each asked ID number (by 0-based position) is. */
    record Answer(List<Entry> volunteers, Map<Integer, UUID> idNumberMatches) {

        public Map<UUID, Entry> byId() {
            Map<UUID, Entry> byId = new HashMap<>();
            volunteers.forEach(v -> byId.put(v.volunteerId(), v));
            return byId;
        }

        /** The volunteer with this number (case and surrounding spaces ignored, as the directory matches). */
        public Optional<Entry> byNumber(String volunteerNumber) {
            String wanted = volunteerNumber.strip().toUpperCase(Locale.ROOT);
            return volunteers.stream().filter(v -> v.volunteerNumber().equals(wanted)).findFirst();
        }

        /** The volunteer whose ID number was asked at {@code position}. */
        public Optional<Entry> byIdNumberAt(int position) {
            return Optional.ofNullable(idNumberMatches.get(position)).map(byId()::get);
        }
    }
}
