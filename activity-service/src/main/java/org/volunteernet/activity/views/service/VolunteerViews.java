package org.volunteernet.activity.views.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.known.service.Callers;
import org.volunteernet.activity.notification.service.Notifications;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.views.rest.MySignup;
import org.volunteernet.activity.views.rest.OccurrenceListing;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkCalendar;

/**
 * What a volunteer's phone reads: one occurrence with its activity, occurrences across activities
 * (by district, dates, category, free seats), and the caller's own sign-ups. Keyset-paginated on
 * (start, id): the search walks the index occurrence_start, a volunteer's sign-ups signup_volunteer.
 */
@ApplicationScoped
@Transactional
public class VolunteerViews {

    /** searchOccurrences: without {@code to}, this many days from {@code from}. */
    public static final int SEARCH_DEFAULT_DAYS = 30;
    /** searchOccurrences: a range spans at most this many days (both ends inclusive). */
    public static final int SEARCH_MAX_DAYS = 92;
    /** listMySignups: without {@code from}, this many days back from today; without {@code to}, a year ahead. */
    public static final int MINE_DEFAULT_PAST_DAYS = 30;
    public static final int MINE_MAX_DAYS = 400;

    private static final String COLUMNS = "o.id, o.activity_id, a.title, a.district, COALESCE(o.place, a.place), "
            + "a.service_category, o.start_at, o.end_at, o.capacity, o.confirmed, o.waitlisted, o.status, o.cancel_reason, "
            + "a.signup_closed";

    @Inject
    EntityManager entityManager;

    @Inject
    NetworkCalendar calendar;

    @Inject
    Callers callers;

    public OccurrenceListing occurrence(UUID id) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS
                + " FROM occurrence o JOIN activity a ON a.id = o.activity_id WHERE o.id = :id").setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("occurrence", id);
        }
        return listing((Object[]) rows.get(0), 0);
    }

    /**
     * Occurrences not cancelled that start between {@code from} and {@code to} (dates in the network zone, both
     * inclusive; by default today and {@value #SEARCH_DEFAULT_DAYS} days on; at most {@value #SEARCH_MAX_DAYS}
     * days). With {@code freeSeats}: only those a volunteer can still sign up for (scheduled, not started, sign-up
     * open, a seat free).
     */
    public Page<OccurrenceListing> search(String district, LocalDate from, LocalDate to, String category,
            boolean freeSeats, int limit, String cursor, Instant now) {
        LocalDate since = from != null ? from : calendar.dateOf(now);
        LocalDate until = to != null ? to : since.plusDays(SEARCH_DEFAULT_DAYS);
        checkRange(since, until, SEARCH_MAX_DAYS);
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM occurrence o JOIN activity a ON a.id = o.activity_id"
                + " WHERE o.start_at >= :from AND o.start_at < :to AND o.status <> 'CANCELLED'");
        Map<String, Object> params = new HashMap<>();
        params.put("from", since.atStartOfDay(calendar.zone()).toInstant());
        params.put("to", until.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
        if (district != null) {
            sql.append(" AND a.district = :district");
            params.put("district", district);
        }
        if (category != null) {
            sql.append(" AND a.service_category = :category");
            params.put("category", category);
        }
        if (freeSeats) {
            sql.append(" AND o.status = 'SCHEDULED' AND o.confirmed < o.capacity AND o.start_at > :now AND NOT a.signup_closed");
            params.put("now", now);
        }
        // the filters as given: a default of "today" moves at midnight, the client's choice does not
        Cursor.Scope scope = Cursor.scope("occurrences", district, from, to, category, freeSeats);
        keyset(sql, params, cursor, scope, "o.id");
        sql.append(" ORDER BY o.start_at, o.id LIMIT :limit");
        params.put("limit", limit + 1);
        List<Object[]> rows = rows(sql.toString(), params);
        return Page.of(rows, limit, row -> listing(row, 0), row -> Cursor.encode(scope, Notifications.instant(row[6]), row[0]));
    }

    /**
     * The caller's sign-ups whose occurrence starts between {@code from} and {@code to} (by default the last
     * {@value #MINE_DEFAULT_PAST_DAYS} days and a year ahead; at most {@value #MINE_MAX_DAYS} days), in start order,
     * optionally of one status. 403 when the caller is not a registered volunteer.
     */
    public Page<MySignup> mine(CurrentUser caller, LocalDate from, LocalDate to, SignupStatus status, int limit,
            String cursor, Instant now) {
        KnownVolunteer volunteer = callers.requireVolunteer(caller);
        LocalDate since = from != null ? from : calendar.dateOf(now).minusDays(MINE_DEFAULT_PAST_DAYS);
        LocalDate until = to != null ? to : since.plusDays(MINE_MAX_DAYS - 1);
        checkRange(since, until, MINE_MAX_DAYS);
        StringBuilder sql = new StringBuilder("SELECT s.id AS signup_id, s.status AS signup_status, s.signed_up_at,"
                + " CASE WHEN s.status = 'WAITLISTED' THEN (SELECT count(*) FROM signup w WHERE w.occurrence_id = s.occurrence_id"
                + " AND w.status = 'WAITLISTED' AND w.position <= s.position) END, " + COLUMNS
                + " FROM signup s JOIN occurrence o ON o.id = s.occurrence_id JOIN activity a ON a.id = o.activity_id"
                + " WHERE s.volunteer_id = :volunteer AND o.start_at >= :from AND o.start_at < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("volunteer", volunteer.volunteerId);
        params.put("from", since.atStartOfDay(calendar.zone()).toInstant());
        params.put("to", until.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
        if (status != null) {
            sql.append(" AND s.status = :status");
            params.put("status", status.name());
        }
        Cursor.Scope scope = Cursor.scope("my-signups", volunteer.volunteerId, from, to, status);
        keyset(sql, params, cursor, scope, "s.id");
        sql.append(" ORDER BY o.start_at, s.id LIMIT :limit");
        params.put("limit", limit + 1);
        List<Object[]> rows = rows(sql.toString(), params);
        return Page.of(rows, limit, row -> new MySignup((UUID) row[0], SignupStatus.valueOf((String) row[1]),
                row[3] == null ? null : ((Number) row[3]).intValue(), offset(row[2]), listing(row, 4)),
                row -> Cursor.encode(scope, Notifications.instant(row[10]), row[0]));
    }

    private static void checkRange(LocalDate since, LocalDate until, int maxDays) {
        if (since.isAfter(until)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (Duration.between(since.atStartOfDay(), until.atStartOfDay()).toDays() + 1 > maxDays) {
            throw ProblemException.invalid("to", "the range from..to may span at most " + maxDays + " days");
        }
    }

    private static void keyset(StringBuilder sql, Map<String, Object> params, String cursor, Cursor.Scope scope,
            String idColumn) {
        if (cursor != null) {
            Cursor.Key after = Cursor.read(cursor, scope, 2);
            sql.append(" AND (o.start_at, ").append(idColumn).append(") > (:afterStart, :afterId)");
            params.put("afterStart", after.instant(0));
            params.put("afterId", after.uuid(1));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = entityManager.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private OccurrenceListing listing(Object[] row, int at) {
        int capacity = ((Number) row[at + 8]).intValue();
        int confirmed = ((Number) row[at + 9]).intValue();
        return new OccurrenceListing((UUID) row[at], (UUID) row[at + 1], (String) row[at + 2], (String) row[at + 3],
                (String) row[at + 4], (String) row[at + 5], offset(row[at + 6]), offset(row[at + 7]), capacity, confirmed,
                ((Number) row[at + 10]).intValue(), Math.max(0, capacity - confirmed),
                OccurrenceStatus.valueOf((String) row[at + 11]), (String) row[at + 12], (Boolean) row[at + 13]);
    }

    private OffsetDateTime offset(Object value) {
        return Notifications.instant(value).atZone(calendar.zone()).toOffsetDateTime();
    }
}
