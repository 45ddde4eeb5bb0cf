package org.volunteernet.activity.completion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.volunteernet.activity.completion.rest.CompletionRequest;
import org.volunteernet.activity.completion.rest.OverdueView;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.RecordDeadlineMissed;

/**
 * Completion ("whoever organizes records"): the organizer confirms who attended and their actual
 * hours, travel excluded, never more than the time on site unless they say why. Publishes
 * ActivityCompleted, from which volunteer-service makes the Decree 67 service records. Watches the
 * 10-working-day rule and publishes RecordDeadlineMissed once per late occurrence.
 */
@ApplicationScoped
@Transactional
public class CompletionService {

    private static final Logger LOG = Logger.getLogger(CompletionService.class);
    static final int OVERDUE_SHOWN = 500;

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    @Inject
    WorkingDays workingDays;

    @Inject
    EntityManager entityManager;

    public ActivityCompleted complete(UUID occurrenceId, CompletionRequest request, CurrentUser caller) {
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Activity activity = Activity.findById(occurrence.activityId);
        if (!caller.actsIn(activity.district, Roles.ORGANIZER, Roles.DISTRICT_ADMIN)) {
            throw ProblemException.forbidden("Only organizers and the office of the activity's district record it");
        }
        if (occurrence.status != OccurrenceStatus.SCHEDULED) {
            throw ProblemException.conflict("This occurrence is already " + occurrence.status.name().toLowerCase());
        }
        Instant now = Instant.now();
        if (occurrence.end.isAfter(now)) {
            throw ProblemException.conflict("An occurrence is recorded after it ends");
        }
        List<ActivityCompleted.Participant> participants = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.participants().size(); i++) {
            CompletionRequest.Participant p = request.participants().get(i);
            String field = "participants[" + i + "]";
            if (!seen.add(p.volunteerId())) {
                throw ProblemException.invalid(field + ".volunteerId", "is listed twice");
            }
            Signup signup = Signup.of(occurrenceId, p.volunteerId()).filter(s -> s.status == SignupStatus.CONFIRMED)
                    .orElseThrow(() -> rule(field + ".volunteerId", "did not hold a confirmed seat at this occurrence"));
            BigDecimal onSite = hoursOnSite(signup, occurrence);
            if (p.hours().compareTo(onSite) > 0 && (p.reason() == null || p.reason().isBlank())) {
                throw rule(field + ".hours", "exceeds the " + onSite.toPlainString()
                        + " hours on site; give the reason when hours are longer");
            }
            participants.add(new ActivityCompleted.Participant(p.volunteerId(), p.hours(),
                    p.reason() == null || p.reason().isBlank() ? null : p.reason().strip()));
        }
        return record(occurrence, activity, participants, caller.subject());
    }

    /**
     * Marks the occurrence completed and publishes ActivityCompleted: the one code path for
     * completions, shared by {@link #complete} (after its checks) and the local demo history.
     */
    public ActivityCompleted record(Occurrence occurrence, Activity activity, List<ActivityCompleted.Participant> participants,
            String recordedBy) {
        Instant now = Instant.now();
        occurrence.status = OccurrenceStatus.COMPLETED;
        occurrence.completedAt = now;
        occurrence.completedBy = recordedBy;
        ActivityCompleted completed = new ActivityCompleted(occurrence.id, activity.id, activity.district, activity.title,
                calendar.dateOf(occurrence.start), activity.place, activity.content, activity.serviceCategory,
                activity.organizingUnit, activity.personInCharge, activity.brandId, activity.groupId, participants,
                recordedBy, now);
        outbox.publish(completed);
        return completed;
    }

    /**
     * Checked-in to checked-out when both are known, else the occurrence's scheduled length, in hours to
     * 0.01, rounded half up from whole seconds (14 min 45 s is 0.25 h).
     */
    static BigDecimal hoursOnSite(Signup signup, Occurrence occurrence) {
        Duration onSite = signup.checkedInAt != null && signup.checkedOutAt != null
                ? Duration.between(signup.checkedInAt, signup.checkedOutAt)
                : Duration.between(occurrence.start, occurrence.end);
        return BigDecimal.valueOf(onSite.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    private static ProblemException rule(String field, String message) {
        return new ProblemException(422, "rule-violated", "Request breaks a rule", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** Ended occurrences not yet recorded, in the caller's district (all districts for a city-wide admin). */
    public List<OverdueView> overdue(CurrentUser caller) {
        String district = caller.isCityWide() ? null : caller.district()
                .orElseThrow(() -> ProblemException.forbidden("Your account has no district"));
        List<Object[]> rows = entityManager.createQuery("""
                select o, a from Occurrence o, Activity a
                where o.activityId = a.id and o.status = ?1 and o.end < ?2 and (?3 is null or a.district = ?3)
                order by o.end""", Object[].class)
                .setParameter(1, OccurrenceStatus.SCHEDULED).setParameter(2, Instant.now()).setParameter(3, district)
                .setMaxResults(OVERDUE_SHOWN).getResultList();
        LocalDate today = calendar.today();
        return rows.stream().map(row -> {
            Occurrence o = (Occurrence) row[0];
            Activity a = (Activity) row[1];
            LocalDate deadline = workingDays.deadline(calendar.dateOf(o.end));
            return new OverdueView(o.id, a.id, a.title, a.district, o.end.atZone(calendar.zone()).toOffsetDateTime(),
                    deadline, workingDays.remaining(today, deadline), today.isAfter(deadline));
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
                .setParameter(1, Instant.now().minus(Duration.ofDays(10))).getResultList();
        int published = 0;
        for (UUID id : candidates) {
            Occurrence occurrence = Occurrence.findById(id);
            LocalDate deadline = workingDays.deadline(calendar.dateOf(occurrence.end));
            if (!today.isAfter(deadline)) {
                continue;
            }
            Activity activity = Activity.findById(occurrence.activityId);
            occurrence.deadlineMissedAt = Instant.now();
            outbox.publish(new RecordDeadlineMissed(occurrence.id, activity.id, activity.district, occurrence.end, deadline));
            published++;
        }
        if (published > 0) {
            LOG.infof("%d occurrences passed their recording deadline unrecorded", published);
        }
        return published;
    }
}
