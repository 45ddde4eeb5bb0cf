package org.volunteernet.volunteer.claim.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.VolunteerAccountLinked;
import org.volunteernet.volunteer.claim.domain.ClaimCode;
import org.volunteernet.volunteer.claim.domain.ClaimCodes;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.service.VolunteerAccess;

/**
 * Links the account of a volunteer whom the district office registered without one: the office creates a
 * one-time code ({@link #issue}) and hands it over; the volunteer, signed in with an account that has no
 * volunteer yet, claims the record with it ({@link #claim}). Never by the ID number alone. Publishes
 * VolunteerAccountLinked, so that the other services recognise the account as the volunteer's.
 */
@ApplicationScoped
@Transactional
public class ClaimService {

    private final SecureRandom random = new SecureRandom();

    @Inject
    VolunteerAccess access;

    @Inject
    ClaimConfig config;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    /** A code and when it stops working; the code is shown this once and stored only hashed. */
    public record Issued(String code, UUID volunteerId, String volunteerNumber, Instant expiresAt) {
    }

    /** A new claim code for a volunteer without an account, by the office of their district; older open codes are revoked. */
    public Issued issue(UUID volunteerId, CurrentUser caller) {
        caller.requireRole("Claim codes are created by the office of the volunteer's district", Roles.DISTRICT_ADMIN);
        Volunteer volunteer = access.find(volunteerId);
        caller.requireSight(volunteer.district, "volunteer", volunteerId); // another district's: as an unknown id
        if (volunteer.subject != null) {
            throw ProblemException.conflict("This volunteer's record is already linked to an account");
        }
        entityManager.lock(volunteer, LockModeType.PESSIMISTIC_WRITE); // two offices' clicks at once leave one open code
        Instant now = NetworkClock.now(); // microseconds, as PostgreSQL keeps it: the answer states the stored expiry
        ClaimCode.revokeOpen(volunteer.id, now);
        String code = ClaimCodes.generate(random);
        ClaimCode claim = new ClaimCode();
        claim.id = UUID.randomUUID();
        claim.volunteerId = volunteer.id;
        claim.codeHash = ClaimCodes.hash(code);
        claim.createdBy = caller.subject();
        claim.createdAt = now;
        claim.expiresAt = ClaimCodes.expiry(now, config.lifetime());
        claim.persist();
        return new Issued(code, volunteer.id, volunteer.volunteerNumber, claim.expiresAt);
    }

    /**
     * Links the caller's account to the volunteer of {@code typedCode}.
     *
     * @throws ProblemException 400 when it cannot be a code, 409 when the account already has a volunteer, the
     *         code was used or the record is linked already, 410 when the code expired or was replaced by a
     *         newer one, 422 when no such code exists
     */
    public Volunteer claim(String typedCode, CurrentUser caller) {
        String hash;
        try {
            hash = ClaimCodes.hash(typedCode);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("code", e.getMessage());
        }
        if (Volunteer.findBySubject(caller.subject()).isPresent()) {
            throw ProblemException.conflict("This account already has a volunteer registration");
        }
        ClaimCode claim = ClaimCode.byHashForUpdate(hash).orElseThrow(() -> ProblemException.ruleViolated("code",
                "is not a valid claim code", "No claim code matches; check it with the district office"));
        Instant now = NetworkClock.now();
        switch (claim.state(now)) {
            case USED -> throw ProblemException.conflict("code", "has been used already", "This claim code has been used already");
            case REVOKED -> throw gone("This claim code was replaced by a newer one; ask the district office for it");
            case EXPIRED -> throw gone("This claim code expired; ask the district office for a new one");
            case USABLE -> {
            }
        }
        Volunteer volunteer = access.find(claim.volunteerId);
        if (volunteer.subject != null) {
            throw ProblemException.conflict("This volunteer's record is already linked to an account");
        }
        volunteer.subject = caller.subject();
        claim.usedAt = now;
        claim.usedBy = caller.subject();
        entityManager.flush(); // a second account racing for the same record fails here, before the event
        outbox.publish(new VolunteerAccountLinked(volunteer.id, volunteer.district, volunteer.subject, now));
        return volunteer;
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(ProblemKind.GONE, detail,
                List.of(new Problem.FieldError("code", "is no longer valid")));
    }
}
