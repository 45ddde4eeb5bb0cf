package org.volunteernet.volunteer.diary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.events.DiaryEntryWritten;
import org.volunteernet.volunteer.deed.domain.Deed;
import org.volunteernet.volunteer.deed.service.DeedRecorder;
import org.volunteernet.volunteer.diary.domain.DiaryEntry;
import org.volunteernet.volunteer.diary.domain.Shortcoming;
import org.volunteernet.volunteer.diary.rest.DiaryEntryView;
import org.volunteernet.volunteer.diary.rest.DiaryRequest;
import org.volunteernet.volunteer.diary.rest.StreakView;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.service.VolunteerAccess;

/**
 * The diary of merits and shortcomings. One entry a day, written and edited on its day and the
 * next. Deeds are added, never removed (a recorded deed is a fact); shortcomings and the
 * reflection may be rewritten while the entry is open. Shortcomings never leave this service.
 */
@ApplicationScoped
@Transactional
public class DiaryService {

    /** Longest range one diary read may span. */
    static final int MAX_RANGE_DAYS = 366;

    @Inject
    VolunteerAccess access;

    @Inject
    DeedRecorder deeds;

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    @Inject
    EntityManager entityManager;

    public record Written(DiaryEntryView entry, boolean created) {
    }

    public Written write(UUID volunteerId, DiaryRequest request, CurrentUser caller) {
        Volunteer volunteer = access.asOwner(volunteerId, caller);
        LocalDate today = calendar.today();
        if (request.date().isAfter(today)) {
            throw ProblemException.invalid("date", "must not be in the future");
        }
        if (!DiaryEntry.writable(request.date(), today)) {
            throw new ProblemException(409, "diary-closed", "Diary entry closed",
                    "An entry is written and edited on its day and the next; " + request.date() + " is closed",
                    List.of());
        }
        return record(volunteer, request, caller.subject(), today);
    }

    /**
     * Writes or updates the entry for {@code request.date()} without the window check: the one code
     * path for entries, shared by {@link #write} and the local demo history.
     */
    public Written record(Volunteer volunteer, DiaryRequest request, String writtenBy, LocalDate today) {
        Instant now = Instant.now();
        DiaryEntry entry = DiaryEntry.of(volunteer.id, request.date()).orElse(null);
        boolean created = entry == null;
        if (created) {
            entry = new DiaryEntry();
            entry.id = UUID.randomUUID();
            entry.volunteerId = volunteer.id;
            entry.date = request.date();
            entry.writtenAt = now;
        }
        entry.reflection = request.reflection() == null || request.reflection().isBlank() ? null : request.reflection().strip();
        entry.shortcomings = request.shortcomings() == null ? List.of() : request.shortcomings().stream()
                .map(s -> new Shortcoming(s.description().strip(),
                        s.correction() == null || s.correction().isBlank() ? null : s.correction().strip()))
                .toList();
        entry.updatedAt = now;
        if (created) {
            entry.persist();
        }

        List<Deed> recorded = new ArrayList<>(created ? List.of() : deeds.ofEntry(entry.id));
        if (request.deeds() != null) {
            for (DiaryRequest.DeedLine line : request.deeds()) {
                boolean atPost = Boolean.TRUE.equals(line.atPost());
                String description = line.description().strip();
                // a re-sent entry does not record the same deed twice
                if (recorded.stream().noneMatch(d -> d.sameAs(line.category(), description, line.minutes(), atPost))) {
                    recorded.add(deeds.record(volunteer, entry.id, entry.date, line.category(), description,
                            line.minutes(), atPost, false, writtenBy));
                }
            }
        }
        int corrections = (int) entry.shortcomings.stream().filter(Shortcoming::corrected).count();
        outbox.publish(new DiaryEntryWritten(entry.id, volunteer.id, volunteer.district, entry.date, recorded.size(),
                entry.shortcomings.size(), corrections, entry.reflection != null, now));
        return new Written(DiaryEntryView.of(entry, recorded, today), created);
    }

    /** The owner's entries between {@code from} and {@code to}, newest first. */
    public Page<DiaryEntryView> read(UUID volunteerId, LocalDate from, LocalDate to, int limit, String cursor,
            CurrentUser caller) {
        Volunteer volunteer = access.asOwner(volunteerId, caller);
        LocalDate today = calendar.today();
        LocalDate until = to != null ? to : today;
        LocalDate since = from != null ? from : until.minusDays(30);
        if (since.isAfter(until)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (since.plusDays(MAX_RANGE_DAYS).isBefore(until)) {
            throw ProblemException.invalid("from", "the range may span at most " + MAX_RANGE_DAYS + " days");
        }
        if (cursor != null) {
            until = Cursor.read(cursor, 1).date(0).minusDays(1);
        }
        List<DiaryEntry> entries = DiaryEntry.<DiaryEntry>find(
                "volunteerId = ?1 and date between ?2 and ?3 order by date desc", volunteer.id, since, until)
                .range(0, limit).list();
        Map<UUID, List<Deed>> deedsByEntry = entries.isEmpty() ? Map.of()
                : Deed.<Deed>list("entryId in ?1 order by recordedAt, id", entries.stream().map(e -> e.id).toList())
                        .stream().collect(Collectors.groupingBy(d -> d.entryId));
        return Page.of(entries, limit, e -> DiaryEntryView.of(e, deedsByEntry.getOrDefault(e.id, List.of()), today),
                e -> Cursor.encode(e.date));
    }

    /** Current and longest streak of days with an entry, and the months of this year with any activity. */
    public StreakView streak(UUID volunteerId, CurrentUser caller) {
        Volunteer volunteer = access.asOwnerOrOffice(volunteerId, caller);
        LocalDate today = calendar.today();
        @SuppressWarnings("unchecked")
        List<LocalDate> days = entityManager.createQuery(
                "select e.date from DiaryEntry e where e.volunteerId = ?1 order by e.date")
                .setParameter(1, volunteer.id).getResultList();
        Set<LocalDate> written = new TreeSet<>(days);

        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        LocalDate cursor = written.contains(today) ? today : today.minusDays(1);
        int current = 0;
        while (written.contains(cursor)) {
            current++;
            cursor = cursor.minusDays(1);
        }

        int year = today.getYear();
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        @SuppressWarnings("unchecked")
        List<Number> months = entityManager.createNativeQuery("""
                SELECT DISTINCT CAST(EXTRACT(MONTH FROM d) AS INTEGER) FROM (
                    SELECT entry_date AS d FROM diary_entry WHERE volunteer_id = ?1 AND entry_date BETWEEN ?2 AND ?3
                    UNION SELECT deed_date FROM deed WHERE volunteer_id = ?1 AND deed_date BETWEEN ?2 AND ?3
                    UNION SELECT service_date FROM service_record WHERE volunteer_id = ?1 AND service_date BETWEEN ?2 AND ?3
                ) active ORDER BY 1""")
                .setParameter(1, volunteer.id).setParameter(2, start).setParameter(3, end).getResultList();
        List<Integer> activeMonths = months.stream().map(Number::intValue).toList();
        return new StreakView(current, longest, days.isEmpty() ? null : days.get(days.size() - 1), year,
                activeMonths.size(), activeMonths);
    }
}
