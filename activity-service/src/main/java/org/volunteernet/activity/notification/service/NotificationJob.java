package org.volunteernet.activity.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.activity.completion.service.WorkingDays;
import org.volunteernet.activity.notification.domain.NotificationKind;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;

/**
 * The notifications that come from the passing of time, found in the tables at each run (every minute by default,
 * {@code volunteernet.notifications.every}) and never held in memory, so a restart loses none: reminders 24 h and
 * 2 h before a confirmed seat's occurrence, the organizer's warning 48 h before an occurrence short of its
 * {@code minimumVolunteers}, and the organizer's warning when 3 working days are left before the recording deadline
 * (Decree 67 Art. 11, the State Council working-day calendar of {@link WorkingDays}). Which is due when is
 * {@link DueRules}; each has a unique key (reminders and the shortage warning per occurrence and its start, so a
 * moved occurrence reminds again at its new time; the deadline warning per occurrence), so two runs, or two
 * replicas, add each once.
 */
@ApplicationScoped
public class NotificationJob {

    /** Unrecorded occurrences that ended longer ago than this are past any 10-working-day deadline. */
    static final Duration DEADLINE_LOOKBACK = Duration.ofDays(45);

    @Inject
    EntityManager entityManager;

    @Inject
    Notifications notifications;

    @Inject
    WorkingDays workingDays;

    @Inject
    NetworkCalendar calendar;

    @Scheduled(every = "${volunteernet.notifications.every:60s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        runAt(NetworkClock.now());
    }

    /** Adds every notification due at {@code now} that is not there yet; returns how many it added. */
    @Transactional
    public int runAt(Instant now) {
        return reminders(now) + shortOfVolunteers(now) + deadlinesNear(now);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        var query = entityManager.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    int reminders(Instant now) {
        int added = 0;
        for (Object[] row : rows("SELECT s.volunteer_id, o.id, o.start_at FROM signup s JOIN occurrence o ON o.id = s.occurrence_id"
                + " WHERE s.status = 'CONFIRMED' AND o.status = 'SCHEDULED' AND o.start_at > :now AND o.start_at <= :until",
                Map.of("now", now, "until", now.plus(DueRules.FIRST_REMINDER)))) {
            Instant start = Notifications.instant(row[2]);
            UUID occurrence = (UUID) row[1];
            var due = DueRules.reminder(start, now);
            if (due.isPresent() && notifications.add(NotificationKind.volunteer((UUID) row[0]), due.get(),
                    occurrence + "@" + start, notifications.occurrenceParams(occurrence), now)) {
                added++;
            }
        }
        return added;
    }

    int shortOfVolunteers(Instant now) {
        int added = 0;
        for (Object[] row : rows("SELECT o.id, o.start_at, o.confirmed, a.minimum_volunteers, a.organizer_subject"
                + " FROM occurrence o JOIN activity a ON a.id = o.activity_id WHERE a.minimum_volunteers IS NOT NULL"
                + " AND o.status = 'SCHEDULED' AND o.start_at > :now AND o.start_at <= :until AND o.confirmed < a.minimum_volunteers",
                Map.of("now", now, "until", now.plus(DueRules.SHORT_WARNING)))) {
            Instant start = Notifications.instant(row[1]);
            int confirmed = ((Number) row[2]).intValue();
            int minimum = ((Number) row[3]).intValue();
            if (!DueRules.shortOfVolunteers(start, now, minimum, confirmed)) {
                continue;
            }
            Map<String, String> params = notifications.occurrenceParams((UUID) row[0]);
            params.put("confirmed", Integer.toString(confirmed));
            params.put("minimum", Integer.toString(minimum));
            if (notifications.add(NotificationKind.subject((String) row[4]), NotificationKind.OCCURRENCE_SHORT_OF_VOLUNTEERS,
                    row[0] + "@" + start, params, now)) {
                added++;
            }
        }
        return added;
    }

    int deadlinesNear(Instant now) {
        int added = 0;
        LocalDate today = calendar.dateOf(now);
        for (Object[] row : rows("SELECT o.id, o.end_at, a.organizer_subject FROM occurrence o JOIN activity a ON a.id = o.activity_id"
                + " WHERE o.status = 'SCHEDULED' AND o.end_at <= :now AND o.end_at > :since AND o.deadline_missed_at IS NULL",
                Map.of("now", now, "since", now.minus(DEADLINE_LOOKBACK)))) {
            LocalDate deadline = workingDays.deadline(calendar.dateOf(Notifications.instant(row[1])));
            int left = workingDays.remaining(today, deadline);
            if (!DueRules.deadlineNear(today, deadline, left)) {
                continue;
            }
            Map<String, String> params = notifications.occurrenceParams((UUID) row[0]);
            params.put("deadline", deadline.toString());
            params.put("workingDaysLeft", Integer.toString(left));
            if (notifications.add(NotificationKind.subject((String) row[2]), NotificationKind.RECORD_DEADLINE_NEAR,
                    row[0].toString(), params, now)) {
                added++;
            }
        }
        return added;
    }
}
