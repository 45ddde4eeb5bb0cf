package org.volunteernet.volunteer.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.ReadOnlyMode;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.registration.domain.Volunteer;

/** Who may touch a volunteer's data: the volunteer, their district's office, the city, witnesses. */
@ApplicationScoped
public class VolunteerAccess {

    public Volunteer find(UUID id) {
        return Volunteer.<Volunteer>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("volunteer", id));
    }

    public static boolean isOwner(Volunteer volunteer, CurrentUser caller) {
        return volunteer.subject != null && volunteer.subject.equals(caller.subject());
    }

    /** The volunteer alone: the diary, which is personal (no office writes or reads it for them). */
    public Volunteer asOwner(UUID id, CurrentUser caller) {
        Volunteer volunteer = find(id);
        if (!isOwner(volunteer, caller)) {
            throw ProblemException.forbidden("Only the volunteer may do this");
        }
        return volunteer;
    }

    /** The volunteer, an office of the volunteer's district, or a city-wide admin: who may read this volunteer's data. */
    public Volunteer asOwnerOrOffice(UUID id, CurrentUser caller) {
        return asOwnerOrOffice(id, caller, "see this");
    }

    /**
     * The volunteer, an office of the volunteer's district, or a city-wide admin: who may read a volunteer's data, and
     * who may act for a volunteer without the app (a correction entered on their behalf). Another district's office,
     * an organizer and another volunteer get a 403 saying "Only the volunteer, the office of their district and the
     * city may " and {@code action}, the caller's own act in words.
     */
    public Volunteer asOwnerOrOffice(UUID id, CurrentUser caller, String action) {
        Volunteer volunteer = find(id);
        boolean office = caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(volunteer.district);
        if (!isOwner(volunteer, caller) && !office && !caller.isCityWide()) {
            throw ProblemException.forbidden("Only the volunteer, the office of their district and the city may " + action);
        }
        return volunteer;
    }

    /**
     * The volunteer or an office of their district: who may change a profile, ask for a certificate or read its
     * PDF. A refusal (403) says "Only the volunteer and the office of their district may " and {@code action}, the
     * caller's own act in words (e.g. "read this certificate"), so a refused read never speaks of a change.
     */
    public Volunteer asOwnerOrDistrictOffice(UUID id, CurrentUser caller, String action) {
        Volunteer volunteer = find(id);
        boolean office = caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(volunteer.district);
        if (!isOwner(volunteer, caller) && !office) {
            throw ProblemException.forbidden("Only the volunteer and the office of their district may " + action);
        }
        return volunteer;
    }

    /**
     * An organizer or office of the volunteer's district: who may witness a deed. The volunteer of a witnessed deed, who must be registered in the caller's district: else 422 naming {@code
     * volunteerId}, the same answer for an unknown id and another district's volunteer, so that no office or
     * organizer learns whether another district has a volunteer of that id.
     */
    public Volunteer asWitness(UUID id, CurrentUser caller) {
        // read-only: a witnessed deed never changes the volunteer, so the flush skips its dirty check
        return Optional.ofNullable(Volunteer.getEntityManager().find(Volunteer.class, id, ReadOnlyMode.READ_ONLY))
                .filter(volunteer -> caller.district().filter(volunteer.district::equals).isPresent())
                .orElseThrow(() -> ProblemException.ruleViolated("volunteerId", "is not a registered volunteer of this district",
                        "volunteerId: is not a registered volunteer of this district"));
    }
}
