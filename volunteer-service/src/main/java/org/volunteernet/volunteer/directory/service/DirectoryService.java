package org.volunteernet.volunteer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.volunteer.privacy.IdNumberProtector;
import org.volunteernet.volunteer.registration.domain.Volunteer;

/**
 * The volunteer directory for the network's own services (activity-service's rosters and bulk entry): for a
 * batch of volunteer ids, unified volunteer numbers and ID numbers, who they are (id, district, real name,
 * volunteer number). ID numbers are matched through their blind index only (never compared, kept or logged
 * in clear), and answered by their position in the question, never echoed. Unknown keys are simply absent
 * from the answer, as are ID numbers that are no ID number at all (not 5 to 32 letters and digits).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryService {

    @Inject
    IdNumberProtector idNumbers;

    /** A volunteer as the directory answers: no ID number, phone or other contact data. */
    public record Entry(UUID volunteerId, String district, String name, String volunteerNumber) {
    }

    /** The answer: every volunteer found by any key (once), and which volunteer each ID number (by position) is. */
    public record Answer(List<Entry> volunteers, Map<Integer, UUID> idNumberMatches) {
    }

    public Answer lookUp(List<UUID> volunteerIds, List<String> volunteerNumbers, List<String> idNumbersAsked) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!volunteerIds.isEmpty()) {
            clauses.add("id in :ids");
            params.put("ids", volunteerIds);
        }
        if (!volunteerNumbers.isEmpty()) {
            clauses.add("volunteerNumber in :numbers");
            params.put("numbers", volunteerNumbers.stream().map(n -> n.strip().toUpperCase(Locale.ROOT)).toList());
        }
        Map<String, List<Integer>> positionsOfIndex = new HashMap<>();
        for (int i = 0; i < idNumbersAsked.size(); i++) {
            String number = IdNumberProtector.normalize(idNumbersAsked.get(i));
            if (number.matches("[A-Z0-9]{5,32}")) {
                positionsOfIndex.computeIfAbsent(idNumbers.blindIndex(number), k -> new ArrayList<>()).add(i);
            }
        }
        if (!positionsOfIndex.isEmpty()) {
            clauses.add("idNumberIndex in :indexes");
            params.put("indexes", List.copyOf(positionsOfIndex.keySet()));
        }
        if (clauses.isEmpty()) {
            return new Answer(List.of(), Map.of());
        }
        Map<UUID, Entry> found = new LinkedHashMap<>();
        Map<Integer, UUID> matches = new HashMap<>();
        for (Volunteer v : Volunteer.<Volunteer>list(String.join(" or ", clauses) + " order by volunteerNumber", params)) {
            found.put(v.id, new Entry(v.id, v.district, v.name, v.volunteerNumber));
            positionsOfIndex.getOrDefault(v.idNumberIndex, List.of()).forEach(i -> matches.put(i, v.id));
        }
        return new Answer(List.copyOf(found.values()), matches);
    }
}
