package org.volunteernet.activity.signup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.known.service.Callers;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.rest.SignupView;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.SignupConfirmed;
import org.volunteernet.events.SignupWaitlisted;
import org.volunteernet.events.SignupWithdrawn;

/**
 * Seats at occurrences. Every change to an occurrence's seats happens under its row lock, so
 * concurrent sign-ups queue: confirmed never exceeds capacity, the waitlist keeps arrival order,
 * and a withdrawal hands its seat to the first waiting at once.
 */
@ApplicationScoped
@Transactional
public class SignupService {

    @Inject
    Callers callers;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    SeatGuard seats;

    /**
     * The caller signs themselves up: confirmed while seats remain, else waitlisted. 403 when the caller
     * is not a registered volunteer, 404 unknown occurrence, 409 when it is not open for sign-up (not
     * scheduled, started, or sign-up closed by the organizer), already signed up, or overlapping a seat held.
     */
    public SignupView signUp(UUID occurrenceId, CurrentUser caller) {
        KnownVolunteer volunteer = callers.requireVolunteer(caller);
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        requireOpen(occurrence);
        Activity activity = Activity.findById(occurrence.activityId);
        if (activity.signupClosed) {
            throw ProblemException.conflict("The organizer has closed sign-up for this activity");
        }
        return take(occurrence, activity, volunteer.volunteerId, null);
    }

    /**
     * An organizer of the activity's district or its district office signs up a registered volunteer of
     * that district on their behalf (volunteers without the app), under the same capacity, waitlist and
     * overlap rules as {@link #signUp}; closed sign-up does not stop it. Another district's occurrence is
     * answered as an unknown id (404), 422 naming {@code volunteerId} when the volunteer is not registered in the district.
     */
    public SignupView signUpOnBehalf(UUID occurrenceId, UUID volunteerId, CurrentUser caller) {
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Activity activity = Activity.findById(occurrence.activityId);
        caller.requireActsIn(activity.district, "occurrence", occurrenceId,
                "Only organizers and the office of the activity's district sign volunteers up", Roles.ORGANIZER, Roles.DISTRICT_ADMIN);
        KnownVolunteer volunteer = KnownVolunteer.<KnownVolunteer>findByIdOptional(volunteerId)
                .filter(v -> v.district.equals(activity.district))
                .orElseThrow(() -> new ProblemException(ProblemKind.RULE_VIOLATED, "volunteerId is not a registered volunteer of district " + activity.district,
                        List.of(new Problem.FieldError("volunteerId", "is not a registered volunteer of district "
                                + activity.district))));
        requireOpen(occurrence);
        return take(occurrence, activity, volunteer.volunteerId, caller.subject());
    }

    private static void requireOpen(Occurrence occurrence) {
        if (occurrence.status != OccurrenceStatus.SCHEDULED || !occurrence.start.isAfter(NetworkClock.now())) {
            throw ProblemException.conflict("Sign-up is open only until a scheduled occurrence starts");
        }
    }

    /** A seat or a waitlist place for {@code volunteerId}, under the occurrence's row lock. */
    private SignupView take(Occurrence occurrence, Activity activity, UUID volunteerId, String signedUpBy) {
        UUID occurrenceId = occurrence.id;
        String who = signedUpBy == null ? "You are" : "The volunteer is";
        Signup signup = Signup.of(occurrenceId, volunteerId).orElse(null);
        if (signup != null && signup.status != SignupStatus.WITHDRAWN) {
            throw ProblemException.conflict(who + " already " + signup.status.name().toLowerCase() + " for this occurrence");
        }
        boolean seat = occurrence.confirmed < occurrence.capacity;
        if (seat && overlapsAConfirmedOccurrence(volunteerId, occurrence)) {
            throw ProblemException.conflict(who + " already holding a confirmed seat at an occurrence at the same time");
        }
        Instant now = NetworkClock.now();
        if (signup == null) {
            signup = new Signup();
            signup.id = UUID.randomUUID();
            signup.occurrenceId = occurrenceId;
            signup.volunteerId = volunteerId;
            signup.signedUpAt = now;
        }
        signup.signedUpBy = signedUpBy;
        signup.position = ((Number) entityManager.createNativeQuery("SELECT nextval('signup_position_seq')")
                .getSingleResult()).longValue();
        signup.updatedAt = now;
        if (seat) {
            signup.status = SignupStatus.CONFIRMED;
            occurrence.confirmed++;
        } else {
            signup.status = SignupStatus.WAITLISTED;
            occurrence.waitlisted++;
        }
        signup.persist();
        if (seat) {
            outbox.publish(new SignupConfirmed(signup.id, occurrenceId, activity.id, volunteerId, activity.district,
                    false, now));
            return SignupView.of(signup, null);
        }
        int position = occurrence.waitlisted;
        outbox.publish(new SignupWaitlisted(signup.id, occurrenceId, activity.id, volunteerId, activity.district,
                position, now));
        return SignupView.of(signup, position);
    }

    /**
     * One sign-up of the occurrence, as its volunteer and the roster's readers (organizers and the office of the
     * activity's district, city-admins) may read it, with its place on the waitlist (1 first) while waitlisted. An
     * unknown id, one of another occurrence and one the caller may not read (another district's, another
     * volunteer's) are the same 404 ("No sign-up with id ..."): nobody learns that it exists.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignupView visible(UUID occurrenceId, UUID signupId, CurrentUser caller) {
        ProblemException unknown = ProblemException.notFound("sign-up", signupId);
        Signup signup = Signup.<Signup>findByIdOptional(signupId).filter(s -> s.occurrenceId.equals(occurrenceId))
                .orElseThrow(() -> unknown);
        Activity activity = Activity.findById(Occurrence.<Occurrence>findById(occurrenceId).activityId);
        boolean own = KnownVolunteer.bySubject(caller.subject()).filter(v -> v.volunteerId.equals(signup.volunteerId))
                .isPresent();
        if (!own && !caller.actsIn(activity.district, Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN)) {
            throw unknown;
        }
        Integer place = signup.status != SignupStatus.WAITLISTED ? null : ((Number) entityManager.createQuery(
                "select count(w) from Signup w where w.occurrenceId = ?1 and w.status = ?2 and w.position <= ?3")
                .setParameter(1, occurrenceId).setParameter(2, SignupStatus.WAITLISTED).setParameter(3, signup.position)
                .getSingleResult()).intValue();
        return SignupView.of(signup, place);
    }

    public void withdraw(UUID occurrenceId, CurrentUser caller) {
        KnownVolunteer volunteer = callers.requireVolunteer(caller);
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Signup signup = Signup.of(occurrenceId, volunteer.volunteerId)
                .filter(s -> s.status != SignupStatus.WITHDRAWN)
                .orElseThrow(() -> ProblemException.notFound("sign-up of yours for occurrence", occurrenceId));
        if (!occurrence.start.isAfter(NetworkClock.now())) {
            throw ProblemException.conflict("The occurrence has started; ask the organizer instead");
        }
        Activity activity = Activity.findById(occurrence.activityId);
        Instant now = NetworkClock.now();
        boolean hadSeat = signup.status == SignupStatus.CONFIRMED;
        if (hadSeat) {
            occurrence.confirmed--;
        } else {
            occurrence.waitlisted--;
        }
        signup.status = SignupStatus.WITHDRAWN;
        signup.updatedAt = now;
        outbox.publish(new SignupWithdrawn(signup.id, occurrenceId, activity.id, volunteer.volunteerId, activity.district, now));
        if (hadSeat) {
            entityManager.flush(); // the freed seat is visible to the waitlist query
            seats.promote(occurrence, activity, now); // skips a waiting volunteer whose seat would clash
        }
    }

    private boolean overlapsAConfirmedOccurrence(UUID volunteerId, Occurrence occurrence) {
        return seats.clashes(volunteerId, occurrence.start, occurrence.end, occurrence.id);
    }
}
