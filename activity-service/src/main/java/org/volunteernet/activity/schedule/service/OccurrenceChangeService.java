package org.volunteernet.activity.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.volunteernet.activity.known.domain.KnownBrandLeader;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.service.SeatGuard;
import org.volunteernet.activity.notification.service.Notifications;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.ActivitySeriesEnded;
import org.volunteernet.events.OccurrenceCancelled;
import org.volunteernet.events.OccurrenceClosed;
import org.volunteernet.events.OccurrenceRescheduled;

/**
 * Cancelling one occurrence or the rest of a series, and moving one occurrence. Every volunteer
 * holding a seat or waiting for one is told with an event of their own. (To change the time of the
 * rest of a series, cancel the following occurrences and schedule the new series.) A move that would give
 * a confirmed holder two overlapping seats is refused with 409 {@code seat-clash} naming {@code start}.
 */
@ApplicationScoped
@Transactional
public class OccurrenceChangeService {

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    @Inject
    SeatGuard seats;

    @Inject
    Notifications notifications;

    /**
     * Cancels one occurrence (THIS) or it and the rest of its series (FOLLOWING), with a reason. A
     * scheduled occurrence may be cancelled after its start too (rained out and not called off in
     * advance): it then leaves the overdue list and is never announced as RecordDeadlineMissed; brand
     * regularity counts it as due and not held. 404 unknown or of another district, 403 outside the caller's brand,
     * 409 when already completed, cancelled or closed (only to a caller who may cancel it: permission first).
     */
    public List<Occurrence> cancel(UUID occurrenceId, CancelOccurrence request, CurrentUser caller) {
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Activity activity = Activity.findById(occurrence.activityId, LockModeType.PESSIMISTIC_WRITE);
        requireScheduler(activity, "occurrence", occurrenceId, caller); // permission first: the state is told only to who may change it
        if (occurrence.status != OccurrenceStatus.SCHEDULED) {
            throw ProblemException.conflict("Only a scheduled occurrence can be cancelled; this one is "
                    + occurrence.status.name().toLowerCase().replace('_', ' '));
        }
        List<Occurrence> targets = request.scope() == CancelOccurrence.Scope.THIS ? List.of(occurrence)
                : Occurrence.<Occurrence>find("activityId = ?1 and status = ?2 and start >= ?3 order by start",
                        activity.id, OccurrenceStatus.SCHEDULED, occurrence.start)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Instant now = NetworkClock.now();
        String reason = request.reason().strip();
        if (request.scope() == CancelOccurrence.Scope.FOLLOWING) {
            activity.seriesEndsAt = occurrence.start;
            outbox.publish(new ActivitySeriesEnded(activity.id, activity.district, activity.brandId, occurrence.start, reason, now));
        }
        for (Occurrence target : targets) {
            target.status = OccurrenceStatus.CANCELLED;
            target.cancelReason = reason;
            // one per occurrence, whoever held seats: reporting closes its overdue count with it
            outbox.publish(new OccurrenceClosed(target.id, activity.id, activity.district, activity.brandId,
                    OccurrenceClosed.Outcome.CANCELLED, now));
            target.changedForCalendars(now);
            for (Signup signup : holders(target.id)) {
                OccurrenceCancelled told = new OccurrenceCancelled(target.id, activity.id, activity.district,
                        signup.volunteerId, reason, now);
                notifications.fromEvent(outbox.publish(told), told, now); // the volunteer's inbox, same transaction
            }
        }
        return targets;
    }

    public Occurrence reschedule(UUID occurrenceId, RescheduleOccurrence request, CurrentUser caller) {
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Activity activity = Activity.findById(occurrence.activityId);
        requireScheduler(activity, "occurrence", occurrenceId, caller); // permission first: the state is told only to who may change it
        requireChangeable(occurrence);
        Instant start = request.start() != null ? request.start().toInstant() : occurrence.start;
        Instant end = request.end() != null ? request.end().toInstant()
                : start.plus(Duration.between(occurrence.start, occurrence.end));
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("end", "must be after start");
        }
        if (Duration.between(start, end).compareTo(ScheduleService.LONGEST_OCCURRENCE) > 0) {
            throw ProblemException.invalid("end", "an occurrence lasts at most 24 hours");
        }
        if (!start.isAfter(NetworkClock.now())) {
            throw ProblemException.invalid("start", "must be in the future");
        }
        if (!start.equals(occurrence.start)
                && Occurrence.count("activityId = ?1 and start = ?2", activity.id, start) > 0) {
            throw ProblemException.conflict("start", "is the start of another occurrence of this activity",
                    "Another occurrence of this activity starts at that time");
        }
        List<UUID> clashing = Signup.<Signup>list("occurrenceId = ?1 and status = ?2", occurrence.id, SignupStatus.CONFIRMED)
                .stream().map(s -> s.volunteerId).sorted() // volunteers locked in id order
                .filter(v -> seats.clashes(v, start, end, occurrence.id)).toList();
        if (!clashing.isEmpty()) {
            String message = clashing.size() + " volunteer(s) holding a seat would then hold two overlapping seats; "
                    + "they withdraw from one, or choose another time";
            throw new ProblemException(ProblemKind.SEAT_CLASH, "start: " + message,
                    List.of(new Problem.FieldError("start", message)));
        }
        occurrence.start = start;
        occurrence.end = end;
        if (request.place() != null && !request.place().isBlank()) {
            occurrence.place = request.place().strip();
        }
        Instant now = NetworkClock.now();
        occurrence.changedForCalendars(now);
        String place = occurrence.place != null ? occurrence.place : activity.place;
        for (Signup signup : holders(occurrence.id)) {
            OccurrenceRescheduled told = new OccurrenceRescheduled(occurrence.id, activity.id, activity.district,
                    signup.volunteerId, start.atZone(calendar.zone()).toOffsetDateTime(),
                    end.atZone(calendar.zone()).toOffsetDateTime(), place, now);
            notifications.fromEvent(outbox.publish(told), told, now); // the volunteer's inbox, same transaction
        }
        return occurrence;
    }

    private static void requireChangeable(Occurrence occurrence) {
        if (occurrence.status != OccurrenceStatus.SCHEDULED || !occurrence.start.isAfter(NetworkClock.now())) {
            throw ProblemException.conflict("Only a scheduled occurrence that has not started can be changed");
        }
    }

    /**
     * Who scheduled it may change it: organizers, brand leaders and the office of its district. The item asked for
     * ({@code what} of id {@code id}: the activity or one of its occurrences) reads as unknown (404) to another district.
     */
    static void requireScheduler(Activity activity, String what, UUID id, CurrentUser caller) {
        caller.requireActsIn(activity.district, what, id,
                "Only organizers, brand leaders and the office of the activity's district change it",
                Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN);
        if (ScheduleService.onlyBrandLeader(caller) && !KnownBrandLeader.leads(caller.subject(), activity.brandId)) {
            throw ProblemException.forbidden("A brand leader changes only the activities of a brand they lead");
        }
    }

    private static List<Signup> holders(UUID occurrenceId) {
        return Signup.list("occurrenceId = ?1 and status in ?2 order by position", occurrenceId,
                List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED));
    }
}
