package org.volunteernet.activity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.volunteernet.activity.directory.service.DirectoryUnavailableException;
import org.volunteernet.activity.directory.service.VolunteerDirectory;

/**
 * The volunteer directory at its boundary for the module tests, where volunteer-service does not run: it knows
 * the volunteers {@link Fixtures} registers (with their names and ID numbers) and answers as volunteer-service's
 * {@code POST /api/v1/volunteers/directory} does (ids, numbers case-insensitively, ID numbers by position). A
 * question naming a volunteer put {@link #unreachable} fails as an outage would, so that one test's outage never
 * touches another's volunteers. The real call is proven end to end in system-tests (VolunteerDirectoryIT).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestVolunteerDirectory implements VolunteerDirectory {

    private static final Map<UUID, Entry> PEOPLE = new ConcurrentHashMap<>();
    private static final Map<String, UUID> ID_NUMBERS = new ConcurrentHashMap<>();
    private static final Set<UUID> UNREACHABLE = ConcurrentHashMap.newKeySet();

    public static void register(UUID id, String district, String name, String volunteerNumber, String idNumber) {
        PEOPLE.put(id, new Entry(id, district, name, volunteerNumber));
        if (idNumber != null) {
            ID_NUMBERS.put(idNumber.toUpperCase(Locale.ROOT), id);
        }
    }

    /** Questions naming this volunteer fail as if volunteer-service were down. */
    public static void unreachable(UUID volunteerId) {
        UNREACHABLE.add(volunteerId);
    }

    @Override
    public Answer lookUp(Query query) {
        if (query.volunteerIds().stream().anyMatch(UNREACHABLE::contains)) {
            throw new DirectoryUnavailableException("test outage", null);
        }
        Map<UUID, Entry> found = new LinkedHashMap<>();
        query.volunteerIds().stream().map(PEOPLE::get).filter(e -> e != null).forEach(e -> found.put(e.volunteerId(), e));
        for (String number : query.volunteerNumbers()) {
            String wanted = number.strip().toUpperCase(Locale.ROOT);
            PEOPLE.values().stream().filter(e -> e.volunteerNumber().equals(wanted)).forEach(e -> found.put(e.volunteerId(), e));
        }
        Map<Integer, UUID> matches = new HashMap<>();
        for (int i = 0; i < query.idNumbers().size(); i++) {
            UUID id = ID_NUMBERS.get(query.idNumbers().get(i).strip().toUpperCase(Locale.ROOT));
            if (id != null && !UNREACHABLE.contains(id)) {
                matches.put(i, id);
                found.put(id, PEOPLE.get(id));
            } else if (id != null) {
                throw new DirectoryUnavailableException("test outage", null);
            }
        }
        return new Answer(java.util.List.copyOf(found.values()), matches);
    }
}
