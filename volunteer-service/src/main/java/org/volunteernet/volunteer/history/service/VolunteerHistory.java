package org.volunteernet.volunteer.history.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.volunteer.history.rest.HistoryEntryView;
import org.volunteernet.volunteer.record.domain.RecordCorrection;
import org.volunteernet.volunteer.registration.domain.NameChange;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.service.VolunteerAccess;

/**
 * A volunteer's history of what the office did to their data or in their name, oldest first: corrections of the real
 * name, and service-record corrections entered on the volunteer's behalf (a volunteer's own corrections are under
 * their records). For the volunteer, their district's office and the city (else 403); a cursor that is not this
 * list's is a 400 naming {@code cursor}.
 */
@ApplicationScoped
@Transactional
public class VolunteerHistory {

    /**
     * (time, id) ascending, ids as PostgreSQL orders uuid (bytes unsigned, so as their lowercase hex text; Java's
     * UUID.compareTo compares signed halves), so the merge agrees with each query's keyset order.
     */
    private static final Comparator<HistoryEntryView> ORDER = Comparator.comparing(HistoryEntryView::changedAt)
            .thenComparing(entry -> entry.id().toString());

    @Inject
    VolunteerAccess access;

    public Page<HistoryEntryView> list(UUID id, int limit, String cursor, CurrentUser caller) {
        Volunteer volunteer = access.asOwnerOrOffice(id, caller);
        // limit + 1 of each kind after the cursor hold the first limit + 1 of both together
        Cursor.Scope pages = Cursor.scope("history", volunteer.id); // a cursor of another volunteer's history is refused
        Keyset names = Keyset.of("volunteerId = :volunteer", "changedAt", cursor, pages, volunteer.id);
        Keyset corrections = Keyset.of("volunteerId = :volunteer and onBehalf = true", "reportedAt", cursor, pages, volunteer.id);
        List<HistoryEntryView> merged = Stream.concat(
                NameChange.<NameChange>find(names.query(), names.params()).range(0, limit).stream().map(HistoryEntryView::of),
                RecordCorrection.<RecordCorrection>find(corrections.query(), corrections.params()).range(0, limit).stream()
                        .map(HistoryEntryView::of))
                .sorted(ORDER).limit(limit + 1L).toList();
        return Page.of(merged, limit, entry -> entry, entry -> Cursor.encode(pages, entry.changedAt(), entry.id()));
    }

    /** One volunteer's rows after the cursor, ordered by {@code instantField, id}. */
    private record Keyset(String query, Map<String, Object> params) {

        static Keyset of(String where, String instantField, String cursor, Cursor.Scope pages, UUID volunteerId) {
            StringBuilder query = new StringBuilder(where);
            Map<String, Object> params = new HashMap<>();
            params.put("volunteer", volunteerId);
            Cursor.after(cursor, pages, instantField, "id", query, params);
            return new Keyset(query.append(" order by ").append(instantField).append(", id").toString(), params);
        }
    }
}
