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
import org.volunteernet.activity.ActivitiesConfig;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.privacy.EventsConfig;
import org.volunteernet.common.privacy.SealedReference;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.OccurrenceClosed;
import org.volunteernet.events.RecordDeadlineMissed;

/**
 * Completion ("whoever organizes records"): the organizer confirms who attended and their actual
 * hours, travel excluded, never more than the time on site unless they say why; walk-ins of the
 * district are recorded too, and paper sheets may be back-entered (flagged late after Decree 67
 * Art. 11's 10 working days). Occurrences nobody attended are closed as held with nobody. Publishes
 * ActivityCompleted, from which volunteer-service makes the Decree 67 service records. The 10-working-day
 * rule's watch is {@link RecordDeadlines}.
 */
@ApplicationScoped
@Transactional
public class CompletionService {

    @Inject
    Outbox outbox;

    @Inject
    SealedReference seal;

    @Inject
    EventsConfig events;

    @Inject
    NetworkCalendar calendar;

    @Inject
    WorkingDays workingDays;

    @Inject
    EntityManager entityManager;

    @Inject
    ActivitiesConfig config;

    /**
     * Records an ended occurrence: who attended and their actual hours. A participant who held no
     * confirmed seat is accepted as a walk-in when they are a registered volunteer of the activity's
     * district (422 naming {@code participants[i].volunteerId} otherwise). Hours above the time on site
     * (check-in to check-out, else the scheduled length) need a reason (422 naming
     * {@code participants[i].hours}). An occurrence may be completed up to
     * {@code volunteernet.activities.back-entry-limit} after its end (422 naming {@code occurrenceId}
     * beyond it); after the Decree 67 Art. 11 deadline (10 working days) it is accepted and flagged late.
     * 404 unknown occurrence, 403 outside the caller's district, 409 not yet ended or already closed.
     */
    public RecordedCompletion complete(UUID occurrenceId, CompleteOccurrence request, CurrentUser caller) {
        Occurrence occurrence = closing(occurrenceId, caller);
        Activity activity = Activity.findById(occurrence.activityId);
        List<ActivityCompleted.Participant> participants = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.participants().size(); i++) {
            CompleteOccurrence.Participant p = request.participants().get(i);
            String field = "participants[" + i + "]";
            if (!seen.add(p.volunteerId())) {
                throw ProblemException.invalid(field + ".volunteerId", "is listed twice");
            }
            ActivityCompleted.Participant checked = participant(occurrence, activity, p.volunteerId(), p.hours(),
                    p.reason(), field);
            participants.add(checked);
        }
        // the organizer's answer names the person in charge, as before; only the event does not
        return new RecordedCompletion(record(occurrence, activity, participants, caller.subject()), activity.personInCharge);
    }

    /**
     * One participant as completion accepts them, or a 422 naming {@code field.volunteerId} (neither a
     * seat holder nor a registered volunteer of the district) or {@code field.hours} (longer than on
     * site without a reason). Shared by the API and bulk entry.
     */
    public ActivityCompleted.Participant participant(Occurrence occurrence, Activity activity, UUID volunteerId,
            BigDecimal hours, String reason, String field) {
        Signup signup = Signup.of(occurrence.id, volunteerId).filter(s -> s.status == SignupStatus.CONFIRMED).orElse(null);
        boolean walkIn = signup == null;
        if (walkIn && KnownVolunteer.<KnownVolunteer>findByIdOptional(volunteerId)
                .filter(v -> v.district.equals(activity.district)).isEmpty()) {
            throw rule(field + ".volunteerId", "neither held a confirmed seat at this occurrence nor is a registered "
                    + "volunteer of district " + activity.district + " (walk-ins must be)");
        }
        BigDecimal onSite = walkIn ? hours(Duration.between(occurrence.start, occurrence.end)) : hoursOnSite(signup, occurrence);
        if (hours.compareTo(onSite) > 0 && (reason == null || reason.isBlank())) {
            throw rule(field + ".hours", "exceeds the " + onSite.toPlainString()
                    + " hours on site; give the reason when hours are longer");
        }
        return new ActivityCompleted.Participant(volunteerId, hours, walkIn,
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** The occurrence under its row lock, once the caller may record it and it may be closed (404, 403, 409, 422). */
    private Occurrence closing(UUID occurrenceId, CurrentUser caller) {
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        requireRecorder(Activity.findById(occurrence.activityId), occurrenceId, caller);
        requireClosable(occurrence);
        return occurrence;
    }

    /**
     * Organizers and the office of the activity's district record occurrence {@code occurrenceId} (403 for other
     * roles; the 404 of an unknown id for another district's occurrence).
     */
    public static void requireRecorder(Activity activity, UUID occurrenceId, CurrentUser caller) {
        caller.requireActsIn(activity.district, "occurrence", occurrenceId,
                "Only organizers and the office of the activity's district record it", Roles.ORGANIZER, Roles.DISTRICT_ADMIN);
    }

    /**
     * An occurrence can be closed (completed, or held with nobody) once it has ended, while it is still
     * scheduled (409 otherwise) and no longer ago than the back-entry limit (422 naming {@code occurrenceId}).
     */
    public void requireClosable(Occurrence occurrence) {
        if (occurrence.status != OccurrenceStatus.SCHEDULED) {
            throw ProblemException.conflict("This occurrence is already " + occurrence.status.name().toLowerCase().replace('_', ' '));
        }
        Instant now = NetworkClock.now();
        if (occurrence.end.isAfter(now)) {
            throw ProblemException.conflict("An occurrence is recorded after it ends");
        }
        Duration limit = config.backEntryLimit();
        if (occurrence.end.isBefore(now.minus(limit))) {
            throw rule("occurrenceId", "ended more than " + limit.toDays() + " days ago, beyond the back-entry limit");
        }
    }

    /**
     * Closes an ended occurrence that was held but that nobody attended: status HELD_WITH_NOBODY, off the
     * overdue list, never announced as RecordDeadlineMissed, no ActivityCompleted (nothing to record).
     * Brand regularity (held / due) counts it as due and not held. 409 when a volunteer checked in
     * (complete it with them instead); otherwise the rules of {@link #complete}.
     */
    public Occurrence heldWithNobody(UUID occurrenceId, String note, CurrentUser caller) {
        Occurrence occurrence = closing(occurrenceId, caller);
        long checkedIn = Signup.count("occurrenceId = ?1 and checkedInAt is not null", occurrenceId);
        if (checkedIn > 0) {
            throw ProblemException.conflict(checkedIn + " volunteer(s) checked in: complete the occurrence with them");
        }
        occurrence.status = OccurrenceStatus.HELD_WITH_NOBODY;
        occurrence.closedNote = note == null || note.isBlank() ? null : note.strip();
        occurrence.completedAt = NetworkClock.now();
        occurrence.completedBy = caller.subject();
        occurrence.recordedLate = calendar.today().isAfter(deadlineOf(occurrence));
        Activity activity = Activity.findById(occurrence.activityId);
        outbox.publish(new OccurrenceClosed(occurrence.id, activity.id, activity.district, activity.brandId,
                OccurrenceClosed.Outcome.HELD_WITH_NOBODY, occurrence.completedAt));
        return occurrence;
    }

    /** The last day to record an occurrence (Decree 67 Art. 11: 10 working days after the day it ended). */
    public LocalDate deadlineOf(Occurrence occurrence) {
        return workingDays.deadline(calendar.dateOf(occurrence.end));
    }

    /**
     * Marks the occurrence completed, keeps each participant's hours on their sign-up (a walk-in gets a
     * WALK_IN sign-up), and publishes ActivityCompleted, late when entered after the Art. 11 deadline:
     * the one code path for completions, shared by {@link #complete}, bulk entry and the local demo history.
     */
    public ActivityCompleted record(Occurrence occurrence, Activity activity, List<ActivityCompleted.Participant> participants,
            String recordedBy) {
        return record(occurrence, activity, participants, recordedBy, NetworkClock.now());
    }

    /** As {@link #record(Occurrence, Activity, List, String)}, entered at {@code now} (the demo history's past). */
    public ActivityCompleted record(Occurrence occurrence, Activity activity, List<ActivityCompleted.Participant> participants,
            String recordedBy, Instant now) {
        LocalDate deadline = deadlineOf(occurrence);
        boolean late = calendar.dateOf(now).isAfter(deadline);
        occurrence.status = OccurrenceStatus.COMPLETED;
        occurrence.completedAt = now;
        occurrence.completedBy = recordedBy;
        occurrence.recordedLate = late;
        for (ActivityCompleted.Participant p : participants) {
            keepHours(occurrence, p, now);
        }
        // no person's name on the event stream: the person in charge travels sealed for volunteer-service's records
        ActivityCompleted completed = new ActivityCompleted(occurrence.id, activity.id, activity.district, activity.title,
                calendar.dateOf(occurrence.start), activity.place, activity.content, activity.serviceCategory,
                activity.organizingUnit, seal.seal(activity.personInCharge, activity.id), activity.brandId, activity.groupId,
                participants, recordedBy, now, late, deadline);
        outbox.publish(events.legacyVersions() ? completed.legacy(activity.personInCharge) : completed);
        return completed;
    }

    private void keepHours(Occurrence occurrence, ActivityCompleted.Participant p, Instant now) {
        Signup signup = Signup.of(occurrence.id, p.volunteerId()).orElse(null);
        if (signup == null) {
            signup = new Signup();
            signup.id = UUID.randomUUID();
            signup.occurrenceId = occurrence.id;
            signup.volunteerId = p.volunteerId();
            signup.signedUpAt = now;
            signup.position = ((Number) entityManager.createNativeQuery("SELECT nextval('signup_position_seq')")
                    .getSingleResult()).longValue();
            signup.status = SignupStatus.WALK_IN;
        } else if (signup.status != SignupStatus.CONFIRMED) {
            if (signup.status == SignupStatus.WAITLISTED) {
                occurrence.waitlisted--;
            }
            signup.status = SignupStatus.WALK_IN;
        }
        signup.hours = p.hours();
        signup.updatedAt = now;
        signup.persist();
    }

    /**
     * Checked-in to checked-out when both are known, else the occurrence's scheduled length, in hours to
     * 0.01, rounded half up from whole seconds (14 min 45 s is 0.25 h).
     */
    static BigDecimal hoursOnSite(Signup signup, Occurrence occurrence) {
        Duration onSite = signup.checkedInAt != null && signup.checkedOutAt != null
                ? Duration.between(signup.checkedInAt, signup.checkedOutAt)
                : Duration.between(occurrence.start, occurrence.end);
        return hours(onSite);
    }

    static BigDecimal hours(Duration length) {
        return BigDecimal.valueOf(length.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    private static ProblemException rule(String field, String message) {
        return new ProblemException(ProblemKind.RULE_VIOLATED, field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
