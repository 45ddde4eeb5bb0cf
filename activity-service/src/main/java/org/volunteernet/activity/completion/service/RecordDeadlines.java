package org.volunteernet.activity.completion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.volunteernet.activity.completion.domain.Overdue;
import org.volunteernet.activity.completion.domain.WorkingCalendar;
import org.volunteernet.activity.completion.rest.OverdueView;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.RecordDeadlineMissed;

/**
 * The watch on Decree 67 Art. 11 (records entered within 10 working days after the activity): the
 * occurrences still unrecorded, with their deadlines, and RecordDeadlineMissed published once per
 * occurrence that passed its deadline unrecorded. Recording itself is {@link CompletionService}'s.
 */
@ApplicationScoped
@Transactional
public class RecordDeadlines {

    private static final Logger LOG = Logger.getLogger(RecordDeadlines.class);
    static final int OVERDUE_SHOWN = 500;

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    @Inject
    WorkingDays workingDays;

    @Inject
    EntityManager entityManager;

    /** Ended occurrences not yet recorded, in the caller's district (all districts for a city-wide admin). */
    public List<OverdueView> overdue(CurrentUser caller) {
        String district = caller.isCityWide() ? null : caller.district()
                .orElseThrow(() -> ProblemException.forbidden("Your account has no district"));
        List<Object[]> rows = entityManager.createQuery("""
                select o, a from Occurrence o, Activity a
                where o.activityId = a.id and o.status = ?1 and o.end < ?2 and (?3 is null or a.district = ?3)
                order by o.end""", Object[].class)
                .setParameter(1, OccurrenceStatus.SCHEDULED).setParameter(2, NetworkClock.now()).setParameter(3, district)
                .setMaxResults(OVERDUE_SHOWN).getResultList();
        LocalDate today = calendar.today();
        return rows.stream().map(row -> {
            Occurrence o = (Occurrence) row[0];
            Activity a = (Activity) row[1];
            WorkingCalendar.Deadline deadline = workingDays.deadlineOf(calendar.dateOf(o.end));
            return new OverdueView(o.id, a.id, a.title, a.district, o.end.atZone(calendar.zone()).toOffsetDateTime(),
                    deadline.date(), workingDays.remaining(today, deadline.date()), Overdue.isOverdue(o.status, deadline.date(), today),
                    deadline.estimated());
        }).toList();
    }

    /**
     * Publishes RecordDeadlineMissed for every occurrence whose deadline has passed unrecorded, once:
     * the row is marked in the same transaction, and SKIP LOCKED lets replicas share the work.
     */
    public int publishMissedDeadlines() {
        LocalDate today = calendar.today();
        @SuppressWarnings("unchecked")
        List<UUID> candidates = entityManager.createNativeQuery("""
                SELECT id FROM occurrence
                WHERE status = 'SCHEDULED' AND deadline_missed_at IS NULL AND end_at < ?1
                ORDER BY end_at LIMIT 500 FOR UPDATE SKIP LOCKED""", UUID.class)
                // a deadline is at least 10 calendar days after the end
                .setParameter(1, NetworkClock.now().minus(Duration.ofDays(10))).getResultList();
        int published = 0;
        for (UUID id : candidates) {
            Occurrence occurrence = Occurrence.findById(id);
            LocalDate deadline = workingDays.deadline(calendar.dateOf(occurrence.end));
            if (!Overdue.isOverdue(occurrence.status, deadline, today)) {
                continue;
            }
            Activity activity = Activity.findById(occurrence.activityId);
            occurrence.deadlineMissedAt = NetworkClock.now();
            outbox.publish(new RecordDeadlineMissed(occurrence.id, activity.id, activity.district, occurrence.end, deadline));
            published++;
        }
        if (published > 0) {
            LOG.infof("%d occurrences passed their recording deadline unrecorded", published);
        }
        return published;
    }
}
