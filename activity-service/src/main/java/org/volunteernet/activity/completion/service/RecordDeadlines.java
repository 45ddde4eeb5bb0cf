package org.volunteernet.activity.completion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
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

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    @Inject
    WorkingDays workingDays;

    @Inject
    EntityManager entityManager;

    /**
     * One page of the ended occurrences not yet recorded, in the caller's district (all districts for a city-wide
     * admin), the earliest ended first ({@code limit} 1 to {@link Page#MAX_LIMIT}). The cursor is bound to the
     * district listed (400 naming {@code cursor} otherwise).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OverdueView> overdue(int limit, String cursor, CurrentUser caller) {
        String district = caller.isCityWide() ? null : caller.district()
                .orElseThrow(() -> ProblemException.forbidden("Your account has no district"));
        Map<String, Object> params = new HashMap<>();
        StringBuilder query = new StringBuilder("select o, a from Occurrence o, Activity a where o.activityId = a.id "
                + "and o.status = :scheduled and o.end < :now");
        params.put("scheduled", OccurrenceStatus.SCHEDULED);
        params.put("now", NetworkClock.now());
        if (district != null) {
            query.append(" and a.district = :district");
            params.put("district", district);
        }
        Cursor.Scope scope = Cursor.scope("overdue-occurrences", district);
        Cursor.after(cursor, scope, "o.end", "o.id", query, params);
        TypedQuery<Object[]> select = entityManager.createQuery(query.append(" order by o.end, o.id").toString(), Object[].class);
        params.forEach(select::setParameter);
        List<Object[]> rows = select.setMaxResults(limit + 1).getResultList();
        LocalDate today = calendar.today();
        return Page.of(rows, limit, row -> {
            Occurrence o = (Occurrence) row[0];
            Activity a = (Activity) row[1];
            WorkingCalendar.Deadline deadline = workingDays.deadlineOf(calendar.dateOf(o.end));
            return new OverdueView(o.id, a.id, a.title, a.district, o.end.atZone(calendar.zone()).toOffsetDateTime(),
                    deadline.date(), workingDays.remaining(today, deadline.date()), Overdue.isOverdue(o.status, deadline.date(), today),
                    deadline.estimated());
        }, row -> Cursor.encode(scope, ((Occurrence) row[0]).end, ((Occurrence) row[0]).id));
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
