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
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.DiaryEntryWritten;
import org.volunteernet.volunteer.deed.domain.Deed;
import org.volunteernet.volunteer.deed.domain.DeedSource;
import org.volunteernet.volunteer.deed.service.DeedRecorder;
import org.volunteernet.volunteer.deed.service.RecordDeed;
import org.volunteernet.volunteer.diary.domain.DiaryEntry;
import org.volunteernet.volunteer.diary.domain.Shortcoming;
import org.volunteernet.volunteer.diary.rest.DiaryEntryView;
import org.volunteernet.volunteer.diary.rest.StreakView;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.service.VolunteerAccess;

/**
 * The diary of merits and shortcomings. One entry a day, written and edited on its day and the
 * next. Writing a day again MERGES into the entry, so a client that sends part of it loses nothing:
 * deeds are added (a re-sent deed is not recorded twice) and leave only by withdrawal; shortcomings are
 * matched by description, a new one is added, a known one takes the correction sent with it (an absent
 * correction keeps the stored one), and one not sent stays as it is; an absent reflection keeps the stored
 * one, a sent one replaces it (blank clears it). A day's standing deeds total at most 1,440 minutes.
 * Shortcomings never leave this service.
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

    public Written write(UUID volunteerId, WriteDiaryEntry request, CurrentUser caller) {
        Volunteer volunteer = access.asOwner(volunteerId, caller);
        LocalDate today = calendar.today();
        if (request.date().isAfter(today)) {
            throw ProblemException.invalid("date", "must not be in the future");
        }
        if (!DiaryEntry.writable(request.date(), today)) {
            throw new ProblemException(ProblemKind.DIARY_CLOSED, "An entry is written and edited on its day and the next; " + request.date() + " is closed",
                    List.of());
        }
        return record(volunteer, request, caller.subject(), today);
    }

    /**
     * Writes or updates the entry for {@code request.date()} without the window check: the one code
     * path for entries, shared by {@link #write} and the local demo history.
     */
    public Written record(Volunteer volunteer, WriteDiaryEntry request, String writtenBy, LocalDate today) {
        Instant now = NetworkClock.now();
        DiaryEntry entry = DiaryEntry.of(volunteer.id, request.date()).orElse(null);
        boolean created = entry == null;
        if (created) {
            entry = new DiaryEntry();
            entry.id = UUID.randomUUID();
            entry.volunteerId = volunteer.id;
            entry.date = request.date();
            entry.writtenAt = now;
        }
        if (request.reflection() != null) {
            entry.reflection = request.reflection().isBlank() ? null : request.reflection().strip();
        }
        entry.shortcomings = mergeShortcomings(entry.shortcomings == null ? List.of() : entry.shortcomings,
                request.shortcomings());
        entry.updatedAt = now;
        if (created) {
            entry.persist();
        }

        List<Deed> recorded = new ArrayList<>(created ? List.of() : deeds.ofEntry(entry.id));
        for (int i = 0; i < request.deeds().size(); i++) {
            WriteDiaryEntry.DeedLine line = request.deeds().get(i);
            String description = line.description().strip();
            // a re-sent entry does not record the same deed twice
            if (recorded.stream().noneMatch(d -> d.sameAs(line.category(), description, line.minutes(), line.atPost()))) {
                recorded.add(deeds.record(volunteer, new RecordDeed(entry.id, entry.date, line.category(), description,
                        line.minutes(), line.atPost(), DeedSource.SELF_REPORTED, writtenBy, "deeds[" + i + "].minutes")));
            }
        }
        int corrections = (int) entry.shortcomings.stream().filter(Shortcoming::corrected).count();
        outbox.publish(new DiaryEntryWritten(entry.id, volunteer.id, volunteer.district, entry.date, recorded.size(),
                entry.shortcomings.size(), corrections, entry.reflection != null, now));
        return new Written(DiaryEntryView.of(entry, recorded, today), created);
    }

    /** At most this many shortcomings in one day's entry. */
    static final int MAX_SHORTCOMINGS = 20;

    /**
     * Stored shortcomings merged with those sent: matched by description; a new one is appended, a known one
     * takes a sent correction; none is ever dropped. More than {@link #MAX_SHORTCOMINGS} is a 400 naming
     * {@code shortcomings}.
     */
    static List<Shortcoming> mergeShortcomings(List<Shortcoming> stored, List<WriteDiaryEntry.ShortcomingLine> sent) {
        List<Shortcoming> merged = new ArrayList<>(stored);
        if (sent != null) {
            for (WriteDiaryEntry.ShortcomingLine line : sent) {
                String description = line.description().strip();
                String correction = line.correction() == null || line.correction().isBlank() ? null : line.correction().strip();
                int known = -1;
                for (int i = 0; i < merged.size(); i++) {
                    if (merged.get(i).description().equals(description)) {
                        known = i;
                    }
                }
                if (known < 0) {
                    merged.add(new Shortcoming(description, correction));
                } else if (correction != null) {
                    merged.set(known, new Shortcoming(description, correction));
                }
            }
        }
        if (merged.size() > MAX_SHORTCOMINGS) {
            throw ProblemException.invalid("shortcomings", "a day's entry holds at most " + MAX_SHORTCOMINGS + " shortcomings");
        }
        return List.copyOf(merged);
    }

    /**
     * Withdraws a self-reported deed of the owner's entry of {@code date}, on the entry's editable days
     * (its day and the next); publishes DeedWithdrawn. 404 when the deed is not a standing deed of that
     * entry, 409 when the entry is closed. A witnessed deed is not withdrawn here.
     */
    public void withdrawDeed(UUID volunteerId, LocalDate date, UUID deedId, CurrentUser caller) {
        Volunteer volunteer = access.asOwner(volunteerId, caller);
        DiaryEntry entry = DiaryEntry.of(volunteer.id, date)
                .orElseThrow(() -> ProblemException.notFound("diary entry on " + date + " of volunteer", volunteerId));
        Deed deed = Deed.<Deed>findByIdOptional(deedId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .filter(d -> entry.id.equals(d.entryId) && d.withdrawnAt == null)
                .orElseThrow(() -> ProblemException.notFound("standing deed of this entry", deedId));
        if (!DiaryEntry.writable(date, calendar.today())) {
            throw new ProblemException(ProblemKind.DIARY_CLOSED, "A deed is withdrawn on its entry's day and the next; " + date + " is closed", List.of());
        }
        deeds.withdraw(volunteer, deed);
    }

    /**
     * The owner's entry of {@code date}, as {@link #read} lists it (who may: the volunteer alone, as for the list);
     * 404 when the volunteer has no entry that day.
     */
    public DiaryEntryView entry(UUID volunteerId, LocalDate date, CurrentUser caller) {
        Volunteer volunteer = access.asOwner(volunteerId, caller);
        DiaryEntry entry = DiaryEntry.of(volunteer.id, date)
                .orElseThrow(() -> ProblemException.notFound("diary entry on " + date + " of volunteer", volunteerId));
        return DiaryEntryView.of(entry, deeds.ofEntry(entry.id), calendar.today());
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
        Cursor.Scope scope = Cursor.scope("diary", volunteer.id, from, to);
        if (cursor != null) {
            until = Cursor.read(cursor, scope, 1).date(0).minusDays(1);
        }
        List<DiaryEntry> entries = DiaryEntry.<DiaryEntry>find(
                "volunteerId = ?1 and date between ?2 and ?3 order by date desc", volunteer.id, since, until)
                .range(0, limit).list();
        Map<UUID, List<Deed>> deedsByEntry = entries.isEmpty() ? Map.of()
                : Deed.<Deed>list("entryId in ?1 and withdrawnAt is null order by recordedAt, id", entries.stream().map(e -> e.id).toList())
                        .stream().collect(Collectors.groupingBy(d -> d.entryId));
        return Page.of(entries, limit, e -> DiaryEntryView.of(e, deedsByEntry.getOrDefault(e.id, List.of()), today),
                e -> Cursor.encode(scope, e.date));
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
                    UNION SELECT deed_date FROM deed WHERE volunteer_id = ?1 AND deed_date BETWEEN ?2 AND ?3 AND withdrawn_at IS NULL
                    UNION SELECT service_date FROM service_record WHERE volunteer_id = ?1 AND service_date BETWEEN ?2 AND ?3
                ) active ORDER BY 1""")
                .setParameter(1, volunteer.id).setParameter(2, start).setParameter(3, end).getResultList();
        List<Integer> activeMonths = months.stream().map(Number::intValue).toList();
        return new StreakView(current, longest, days.isEmpty() ? null : days.get(days.size() - 1), year,
                activeMonths.size(), activeMonths);
    }
}
