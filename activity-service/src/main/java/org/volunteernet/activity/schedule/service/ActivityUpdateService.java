package org.volunteernet.activity.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.SignupConfirmed;

/**
 * Editing an activity (PATCH with If-Match). Lowering capacity never drops a confirmed seat: when an
 * occurrence that has not started holds more confirmed seats than the new capacity, the change is
 * refused with 409 naming {@code capacity} and the lowest capacity possible, and nothing changes.
 * Raising it promotes the first waiting of each such occurrence at once (SignupConfirmed,
 * promotedFromWaitlist). Occurrences that have started keep their seats.
 */
@ApplicationScoped
@Transactional
public class ActivityUpdateService {

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    @Inject
    EntityManager entityManager;

    @Inject
    org.volunteernet.activity.notification.service.Notifications notifications;

    /**
     * Applies {@code update} when {@code expectedVersion} is the activity's version (412 otherwise). 404
     * unknown or of another district, 403 for a brand leader of another brand, 409 naming capacity.
     */
    public Activity update(UUID id, long expectedVersion, ChangeActivity update, CurrentUser caller) {
        Activity activity = Activity.<Activity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("activity", id));
        OccurrenceChangeService.requireScheduler(activity, "activity", id, caller);
        if (activity.version != expectedVersion) {
            throw ProblemException.staleVersion(activity.version);
        }
        if (update.title() != null) {
            activity.title = nonBlank("title", update.title());
        }
        if (update.content() != null) {
            activity.content = nonBlank("content", update.content());
        }
        if (update.place() != null) {
            activity.place = nonBlank("place", update.place());
        }
        if (update.personInCharge() != null) {
            activity.personInCharge = nonBlank("personInCharge", update.personInCharge());
        }
        if (update.signupClosed() != null) {
            activity.signupClosed = update.signupClosed();
        }
        if (update.capacity() != null && update.capacity() != activity.capacity) {
            resize(activity, update.capacity());
        }
        if (update.minimumVolunteers() != null) {
            activity.minimumVolunteers = update.minimumVolunteers();
        }
        if (activity.minimumVolunteers != null && activity.minimumVolunteers > activity.capacity) {
            throw ProblemException.invalid("minimumVolunteers", "must not exceed capacity (" + activity.capacity + ")");
        }
        entityManager.flush(); // the version moves now, so the answer's ETag is the new one
        return activity;
    }

    private void resize(Activity activity, int capacity) {
        List<Occurrence> upcoming = Occurrence.<Occurrence>find("activityId = ?1 and status = ?2 and start > ?3 order by start",
                activity.id, OccurrenceStatus.SCHEDULED, NetworkClock.now()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Occurrence fullest = upcoming.stream().max((a, b) -> Integer.compare(a.confirmed, b.confirmed)).orElse(null);
        if (fullest != null && fullest.confirmed > capacity) {
            String message = "is below the " + fullest.confirmed + " seats already confirmed at the occurrence of "
                    + calendar.dateOf(fullest.start) + "; at least " + fullest.confirmed
                    + " (confirmed seats are never dropped: ask volunteers to withdraw first)";
            throw new ProblemException(ProblemKind.CONFLICT, "capacity " + message,
                    List.of(new Problem.FieldError("capacity", message)));
        }
        activity.capacity = capacity;
        Instant now = NetworkClock.now();
        for (Occurrence occurrence : upcoming) {
            occurrence.capacity = capacity;
            while (occurrence.confirmed < occurrence.capacity && occurrence.waitlisted > 0) {
                Signup next = Signup.firstWaiting(occurrence.id).orElse(null);
                if (next == null) {
                    break;
                }
                next.status = SignupStatus.CONFIRMED;
                next.updatedAt = now;
                occurrence.waitlisted--;
                occurrence.confirmed++;
                entityManager.flush(); // the next firstWaiting sees this one confirmed
                SignupConfirmed promoted = new SignupConfirmed(next.id, occurrence.id, activity.id, next.volunteerId,
                        activity.district, true, now);
                notifications.fromEvent(outbox.publish(promoted), promoted, now); // the volunteer's inbox
            }
        }
    }

    private static String nonBlank(String field, String value) {
        if (value.isBlank()) {
            throw ProblemException.invalid(field, "must not be blank");
        }
        return value.strip();
    }
}
