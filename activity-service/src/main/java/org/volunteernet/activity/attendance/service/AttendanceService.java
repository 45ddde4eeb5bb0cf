package org.volunteernet.activity.attendance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.volunteernet.activity.known.service.Callers;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.rest.SignupView;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.VolunteerCheckedIn;
import org.volunteernet.events.VolunteerCheckedOut;

/** Attendance: check-in and check-out with their times, by code (the volunteer) or by the organizer. */
@ApplicationScoped
@Transactional
public class AttendanceService {

    /** Check-in opens this long before the start; check-in and check-out close this long after the end. */
    static final Duration OPENS_BEFORE = Duration.ofHours(1);
    static final Duration CLOSES_AFTER = Duration.ofHours(3);

    @Inject
    CheckInCodes codes;

    @Inject
    Callers callers;

    @Inject
    Outbox outbox;

    public CheckInCodes.Code code(UUID occurrenceId, CurrentUser caller) {
        Occurrence occurrence = occurrence(occurrenceId);
        requireOrganizer(Activity.findById(occurrence.activityId), occurrenceId, caller);
        return codes.issue(occurrenceId);
    }

    public SignupView checkIn(UUID occurrenceId, MarkAttendance request, CurrentUser caller) {
        Signup signup = attendee(occurrenceId, request, caller);
        if (signup.checkedInAt == null) {
            signup.checkedInAt = NetworkClock.now();
            Occurrence occurrence = Occurrence.findById(occurrenceId);
            Activity activity = Activity.findById(occurrence.activityId);
            outbox.publish(new VolunteerCheckedIn(occurrenceId, activity.id, signup.volunteerId, activity.district,
                    signup.checkedInAt));
        }
        return SignupView.of(signup, null);
    }

    public SignupView checkOut(UUID occurrenceId, MarkAttendance request, CurrentUser caller) {
        Signup signup = attendee(occurrenceId, request, caller);
        if (signup.checkedInAt == null) {
            throw ProblemException.conflict("Check in before checking out");
        }
        if (signup.checkedOutAt == null) {
            signup.checkedOutAt = NetworkClock.now();
            Occurrence occurrence = Occurrence.findById(occurrenceId);
            Activity activity = Activity.findById(occurrence.activityId);
            outbox.publish(new VolunteerCheckedOut(occurrenceId, activity.id, signup.volunteerId, activity.district,
                    signup.checkedOutAt));
        }
        return SignupView.of(signup, null);
    }

    /** The confirmed sign-up being checked: the caller's own with a valid code, or the one an organizer names. */
    private Signup attendee(UUID occurrenceId, MarkAttendance request, CurrentUser caller) {
        Occurrence occurrence = occurrence(occurrenceId);
        Activity activity = Activity.findById(occurrence.activityId);
        Instant now = NetworkClock.now();
        UUID volunteerId;
        if (request.volunteerId() != null) {
            requireOrganizer(activity, occurrenceId, caller); // permission first: the occurrence's state only to who may mark it
            volunteerId = request.volunteerId();
        } else {
            volunteerId = callers.requireVolunteer(caller).volunteerId;
        }
        if (occurrence.status != OccurrenceStatus.SCHEDULED || now.isBefore(occurrence.start.minus(OPENS_BEFORE))
                || now.isAfter(occurrence.end.plus(CLOSES_AFTER))) {
            throw ProblemException.conflict("Attendance is taken from an hour before the start to three hours after the end");
        }
        if (request.volunteerId() == null && !codes.valid(occurrenceId, request.code())) {
            throw ProblemException.invalid("code", "is not a valid, current check-in code for this occurrence");
        }
        return Signup.of(occurrenceId, volunteerId).filter(s -> s.status == SignupStatus.CONFIRMED)
                .orElseThrow(() -> ProblemException.unprocessable("Only volunteers with a confirmed seat check in"));
    }

    private static Occurrence occurrence(UUID occurrenceId) {
        return Occurrence.<Occurrence>findByIdOptional(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
    }

    /** 403 for a role that never marks attendance, the 404 of an unknown id for another district's occurrence. */
    static void requireOrganizer(Activity activity, UUID occurrenceId, CurrentUser caller) {
        caller.requireActsIn(activity.district, "occurrence", occurrenceId,
                "Only organizers and the office of the activity's district do this", Roles.ORGANIZER, Roles.DISTRICT_ADMIN);
    }
}
