package org.volunteernet.activity.signup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.activity.directory.service.DirectoryUnavailableException;
import org.volunteernet.activity.directory.service.VolunteerDirectory;
import org.volunteernet.activity.signup.rest.RosterEntry;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;

/**
 * Puts the volunteers' real names (and current volunteer numbers) on roster lines: one directory question per
 * roster (or per JSON page), asked outside any database transaction. When the directory is unavailable the JSON
 * roster still answers, with names null and {@code namesAvailable: false}; the CSV, XLSX and PDF forms, which
 * are printed and filed, answer 503 problem+json ({@link #required}) rather than a sheet without names.
 */
@ApplicationScoped
public class RosterNames {

    /** The directory's limit of ids per question. */
    static final int MAX_IDS = 10_000;

    @Inject
    VolunteerDirectory directory;

    /** Lines with names, and whether the directory answered. */
    public record Named(List<RosterEntry> entries, boolean namesAvailable) {
    }

    public Named named(List<RosterEntry> entries) {
        if (entries.isEmpty()) {
            return new Named(entries, true);
        }
        try {
            return new Named(required(entries), true);
        } catch (DirectoryUnavailableException e) {
            return new Named(entries, false);
        }
    }

    /** Lines with names, or 503 problem+json ({@code service-unavailable}) when the directory does not answer. */
    public List<RosterEntry> namedOrUnavailable(List<RosterEntry> entries) {
        try {
            return entries.isEmpty() ? entries : required(entries);
        } catch (DirectoryUnavailableException e) {
            throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE, "Volunteers' names cannot be read from "
                    + "volunteer-service at the moment; try again shortly (the JSON roster answers without names)", List.of());
        }
    }

    private List<RosterEntry> required(List<RosterEntry> entries) {
        List<UUID> ids = entries.stream().map(RosterEntry::volunteerId).distinct().toList();
        Map<UUID, VolunteerDirectory.Entry> known = new HashMap<>();
        // one question per roster: the directory takes 10,000 ids, more than any occurrence's capacity
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            known.putAll(directory.lookUp(VolunteerDirectory.Query.ofIds(
                    ids.subList(from, Math.min(ids.size(), from + MAX_IDS)))).byId());
        }
        List<RosterEntry> named = new ArrayList<>(entries.size());
        for (RosterEntry e : entries) {
            VolunteerDirectory.Entry v = known.get(e.volunteerId());
            named.add(v == null ? e : e.named(v.name(), v.volunteerNumber()));
        }
        return named;
    }
}
