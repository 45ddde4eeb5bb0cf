package org.volunteernet.activity.signup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.known.service.Volunteers;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.rest.SignupView;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
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
    Volunteers volunteers;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    SeatGuard seats;

    public SignupView signUp(UUID occurrenceId, CurrentUser caller) {
        KnownVolunteer volunteer = volunteers.caller(caller);
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        if (occurrence.status != OccurrenceStatus.SCHEDULED || !occurrence.start.isAfter(Instant.now())) {
            throw ProblemException.conflict("Sign-up is open only until a scheduled occurrence starts");
        }
        Activity activity = Activity.findById(occurrence.activityId);
        Signup signup = Signup.of(occurrenceId, volunteer.volunteerId).orElse(null);
        if (signup != null && signup.status != SignupStatus.WITHDRAWN) {
            throw ProblemException.conflict("You are already " + signup.status.name().toLowerCase() + " for this occurrence");
        }
        boolean seat = occurrence.confirmed < occurrence.capacity;
        if (seat && overlapsAConfirmedOccurrence(volunteer.volunteerId, occurrence)) {
            throw ProblemException.conflict("You already hold a confirmed seat at an occurrence at the same time");
        }
        Instant now = Instant.now();
        if (signup == null) {
            signup = new Signup();
            signup.id = UUID.randomUUID();
            signup.occurrenceId = occurrenceId;
            signup.volunteerId = volunteer.volunteerId;
            signup.signedUpAt = now;
        }
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
            outbox.publish(new SignupConfirmed(signup.id, occurrenceId, activity.id, volunteer.volunteerId, activity.district,
                    false, now));
            return SignupView.of(signup, null);
        }
        int position = occurrence.waitlisted;
        outbox.publish(new SignupWaitlisted(signup.id, occurrenceId, activity.id, volunteer.volunteerId, activity.district,
                position, now));
        return SignupView.of(signup, position);
    }

    public void withdraw(UUID occurrenceId, CurrentUser caller) {
        KnownVolunteer volunteer = volunteers.caller(caller);
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Signup signup = Signup.of(occurrenceId, volunteer.volunteerId)
                .filter(s -> s.status != SignupStatus.WITHDRAWN)
                .orElseThrow(() -> ProblemException.notFound("sign-up of yours for occurrence", occurrenceId));
        if (!occurrence.start.isAfter(Instant.now())) {
            throw ProblemException.conflict("The occurrence has started; ask the organizer instead");
        }
        Activity activity = Activity.findById(occurrence.activityId);
        Instant now = Instant.now();
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
