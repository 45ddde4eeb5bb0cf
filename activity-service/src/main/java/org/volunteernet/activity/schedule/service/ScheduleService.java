package org.volunteernet.activity.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.activity.ActivitiesConfig;
import org.volunteernet.activity.known.domain.KnownBrand;
import org.volunteernet.activity.known.domain.KnownBrandLeader;
import org.volunteernet.activity.known.domain.KnownGroup;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.schedule.rest.ActivityView;
import org.volunteernet.activity.schedule.rest.OccurrenceView;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.ActivityScheduled;

/** Scheduling activities and browsing them and their occurrences. */
@ApplicationScoped
@Transactional
public class ScheduleService {

    /** An organizer may schedule an activity that already took place, to record it, up to a year back. */
    static final Duration LONGEST_PAST = Duration.ofDays(366);
    static final Duration LONGEST_OCCURRENCE = Duration.ofHours(24);
    static final Duration LONGEST_RANGE = Duration.ofDays(400);

    @Inject
    Materializer materializer;

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    @Inject
    ActivitiesConfig config;

    public Activity schedule(ScheduleActivity request, CurrentUser caller) {
        caller.requireDistrict(request.district());
        Instant start = request.start().toInstant();
        Instant end = request.end().toInstant();
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("end", "must be after start");
        }
        if (Duration.between(start, end).compareTo(LONGEST_OCCURRENCE) > 0) {
            throw ProblemException.invalid("end", "an occurrence lasts at most 24 hours");
        }
        if (start.isBefore(NetworkClock.now().minus(LONGEST_PAST))) {
            throw ProblemException.invalid("start", "must be within the last year");
        }
        if (request.minimumVolunteers() != null && request.minimumVolunteers() > request.capacity()) {
            throw ProblemException.invalid("minimumVolunteers", "must not exceed capacity (" + request.capacity() + ")");
        }
        if (request.recurrence() != null && !request.recurrence().isBlank()) {
            // the start is the series' first date: one the rule gives (a rule that gives none is refused too)
            Materializer.parse(request.recurrence().strip()).requireStartOf(start.atZone(calendar.zone()));
        }
        UUID brandId = request.brandId();
        if (request.groupId() != null) {
            KnownGroup group = KnownGroup.<KnownGroup>findByIdOptional(request.groupId())
                    .filter(g -> g.district.equals(request.district()))
                    .orElseThrow(() -> unknown("groupId", "is not a volunteer service group of this district"));
            if (brandId != null && !brandId.equals(group.brandId)) {
                throw unknown("groupId", "belongs to another brand");
            }
            brandId = group.brandId;
        }
        if (brandId != null && KnownBrand.<KnownBrand>findByIdOptional(brandId)
                .filter(b -> b.district.equals(request.district())).isEmpty()) {
            throw unknown("brandId", "is not a volunteer service brand of this district");
        }
        if (onlyBrandLeader(caller) && !KnownBrandLeader.leads(caller.subject(), brandId)) {
            throw ProblemException.forbidden("A brand leader schedules activities under a brand they lead");
        }

        Instant now = NetworkClock.now();
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.title = request.title().strip();
        activity.content = request.content().strip();
        activity.district = request.district();
        activity.place = request.place().strip();
        activity.start = start;
        activity.end = end;
        activity.capacity = request.capacity();
        activity.minimumVolunteers = request.minimumVolunteers();
        activity.serviceCategory = request.serviceCategory();
        activity.organizingUnit = request.organizingUnit().strip();
        activity.personInCharge = request.personInCharge().strip();
        activity.brandId = brandId;
        activity.groupId = request.groupId();
        activity.recurrence = request.recurrence() == null || request.recurrence().isBlank() ? null : request.recurrence().strip();
        activity.materializedUntil = start;
        activity.organizerSubject = caller.subject();
        activity.createdAt = now;
        activity.persist();
        materializer.materialize(activity, horizon());
        outbox.publish(new ActivityScheduled(activity.id, activity.district, activity.title, activity.serviceCategory,
                request.start(), request.end(), activity.capacity, activity.recurrence, activity.organizingUnit,
                activity.brandId, activity.groupId, now));
        return activity;
    }

    private static ProblemException unknown(String field, String message) {
        return new ProblemException(ProblemKind.RULE_VIOLATED, field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    private Instant horizon() {
        return NetworkClock.now().plus(config.horizon());
    }

    public Activity find(UUID id) {
        return Activity.<Activity>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("activity", id));
    }

    public ActivityView view(Activity activity) {
        return ActivityView.of(activity, calendar.zone());
    }

    /** A caller whose only scheduling role is brand-leader: they act for their brands, not for the district. */
    public static boolean onlyBrandLeader(CurrentUser caller) {
        return caller.hasRole(Roles.BRAND_LEADER) && !caller.hasRole(Roles.ORGANIZER) && !caller.hasRole(Roles.DISTRICT_ADMIN);
    }

    public Page<ActivityView> browse(String district, UUID brandId, LocalDate from, LocalDate to, String category,
            int limit, String cursor) {
        // the alias matters: inside the sub-query an unqualified "id" would be the occurrence's own id
        StringBuilder query = new StringBuilder("from Activity a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (district != null) {
            query.append(" and a.district = :district");
            params.put("district", district);
        }
        if (brandId != null) {
            query.append(" and a.brandId = :brandId");
            params.put("brandId", brandId);
        }
        if (category != null) {
            query.append(" and a.serviceCategory = :category");
            params.put("category", category);
        }
        if (from != null || to != null) {
            if (from != null && to != null && from.isAfter(to)) {
                throw ProblemException.invalid("from", "must not be after to");
            }
            query.append(" and exists (select 1 from Occurrence o where o.activityId = a.id and o.status <> :cancelled"
                    + " and o.start >= :from and o.start < :to)");
            params.put("cancelled", OccurrenceStatus.CANCELLED);
            params.put("from", from == null ? Instant.EPOCH : from.atStartOfDay(calendar.zone()).toInstant());
            params.put("to", to == null ? Instant.parse("9999-01-01T00:00:00Z") : to.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
        }
        Cursor.Scope scope = Cursor.scope("activities", district, brandId, from, to, category);
        Cursor.after(cursor, scope, "a.createdAt", "a.id", query, params);
        List<Activity> rows = Activity.<Activity>find(query + " order by a.createdAt, a.id", params).range(0, limit).list();
        return Page.of(rows, limit, this::view, a -> Cursor.encode(scope, a.createdAt, a.id));
    }

    public Page<OccurrenceView> occurrences(UUID activityId, LocalDate from, LocalDate to, int limit, String cursor) {
        find(activityId);
        LocalDate since = from != null ? from : calendar.today().minusDays(30);
        LocalDate until = to != null ? to : since.plusDays(120);
        if (since.isAfter(until)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (Duration.between(since.atStartOfDay(), until.atStartOfDay()).compareTo(LONGEST_RANGE) > 0) {
            throw ProblemException.invalid("from", "the range may span at most 400 days");
        }
        Instant after = since.atStartOfDay(calendar.zone()).toInstant();
        Cursor.Scope scope = Cursor.scope("activity-occurrences", activityId, from, to);
        if (cursor != null) {
            after = Cursor.read(cursor, scope, 1).instant(0).plusNanos(1);
        }
        List<Occurrence> rows = Occurrence.<Occurrence>find("activityId = ?1 and start >= ?2 and start < ?3 order by start",
                activityId, after, until.plusDays(1).atStartOfDay(calendar.zone()).toInstant()).range(0, limit).list();
        return Page.of(rows, limit, o -> OccurrenceView.of(o, calendar.zone()), o -> Cursor.encode(scope, o.start));
    }
}
