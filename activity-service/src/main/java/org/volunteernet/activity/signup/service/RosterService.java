package org.volunteernet.activity.signup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.volunteernet.activity.certification.domain.CertifiedDifference;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.rest.RosterEntry;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;

/**
 * The roster of an occurrence: every sign-up in arrival order, with status, waitlist place,
 * attendance times, walk-in flag, recorded hours and the hours certified in the participant's service record
 * ({@link org.volunteernet.activity.certification.domain.CertifiedRecord}) (names and volunteer numbers are added from the volunteer
 * directory by {@link RosterNames}). For the organizers and the office of the
 * activity's district, and city-admins; 403 for anyone else, 404 for an unknown occurrence.
 */
@ApplicationScoped
@Transactional
public class RosterService {

    /** The whole roster at most (CSV and sign-in sheets): capacity is at most 10,000, plus the waitlist. */
    public static final int WHOLE_ROSTER = 20_000;

    @Inject
    EntityManager entityManager;

    @Inject
    NetworkCalendar calendar;

    /** An occurrence and its activity, once the caller may read its roster. */
    public record Subject(Occurrence occurrence, Activity activity) {
    }

    public Subject allowed(UUID occurrenceId, CurrentUser caller) {
        Occurrence occurrence = Occurrence.<Occurrence>findByIdOptional(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Activity activity = Activity.findById(occurrence.activityId);
        // another district's occurrence: the 404 of an unknown id
        caller.requireActsIn(activity.district, "occurrence", occurrenceId,
                "Only organizers and the office of the activity's district read its roster",
                Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN);
        return new Subject(occurrence, activity);
    }

    /** One page in arrival order; {@code cursor} from the previous page of this roster (400 naming {@code cursor}
     * when foreign: malformed, or from another occurrence's roster). */
    public Page<RosterEntry> page(UUID occurrenceId, int limit, String cursor, CurrentUser caller) {
        allowed(occurrenceId, caller);
        // bound to this occurrence: another roster's cursor would skip this one's first lines
        Cursor.Scope scope = Cursor.scope("roster", occurrenceId);
        long after = cursor == null ? -1 : Cursor.read(cursor, scope, 1).number(0);
        List<Object[]> rows = rows(occurrenceId, after, limit + 1);
        return Page.of(rows, limit, this::entry, r -> Cursor.encode(scope, ((Number) r[12]).longValue()));
    }

    /** Every line, for CSV and sheets. */
    public List<RosterEntry> whole(UUID occurrenceId) {
        List<RosterEntry> entries = new ArrayList<>();
        for (Object[] row : rows(occurrenceId, -1, WHOLE_ROSTER)) {
            entries.add(entry(row));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(UUID occurrenceId, long afterPosition, int limit) {
        return entityManager.createNativeQuery("""
                SELECT * FROM (
                  SELECT row_number() OVER (ORDER BY s.position) AS line, s.volunteer_id, NULL AS volunteer_number, s.status,
                         CASE WHEN s.status = 'WAITLISTED'
                              THEN row_number() OVER (PARTITION BY s.status = 'WAITLISTED' ORDER BY s.position) END,
                         s.signed_up_at, s.signed_up_by IS NOT NULL, s.checked_in_at, s.checked_out_at,
                         s.status = 'WALK_IN', s.hours, s.id, s.position,
                         c.record_id, c.hours AS certified_hours, c.hours_capped_from, c.correction_id IS NOT NULL
                  FROM signup s
                  -- the participant's service record as volunteer-service certified it (one per occurrence; the latest)
                  LEFT JOIN LATERAL (SELECT * FROM certified_record cr WHERE cr.occurrence_id = s.occurrence_id
                                     AND cr.volunteer_id = s.volunteer_id ORDER BY cr.created_at DESC LIMIT 1) c ON true
                  WHERE s.occurrence_id = ?1) r
                WHERE r.position > ?2 ORDER BY r.position LIMIT ?3""")
                .setParameter(1, occurrenceId).setParameter(2, afterPosition).setParameter(3, limit).getResultList();
    }

    private RosterEntry entry(Object[] r) {
        return new RosterEntry(((Number) r[0]).intValue(), (UUID) r[1], null, (String) r[2], SignupStatus.valueOf((String) r[3]),
                r[4] == null ? null : ((Number) r[4]).intValue(), time(r[5]), (Boolean) r[6], time(r[7]), time(r[8]),
                (Boolean) r[9], (BigDecimal) r[10], (UUID) r[13], (BigDecimal) r[14], (BigDecimal) r[15],
                CertifiedDifference.of((BigDecimal) r[10], (BigDecimal) r[14], (BigDecimal) r[15], (Boolean) r[16]));
    }

    private OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        Instant instant = value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
        return instant.atZone(calendar.zone()).toOffsetDateTime();
    }
}
