package org.volunteernet.volunteer.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.ReadOnlyMode;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.registration.domain.Volunteer;

/**
 * Who may touch a volunteer's data: the volunteer, their district's office, the city, witnesses. A caller who may
 * not even know that the volunteer exists (another district's office, another volunteer) is refused with the 404 of
 * an unknown id ({@link ProblemException#refused}); a 403 answers only those who may see the volunteer but not do
 * this (the office, for the volunteer's own diary).
 */
@ApplicationScoped
public class VolunteerAccess {

    public Volunteer find(UUID id) {
        return Volunteer.<Volunteer>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("volunteer", id));
    }

    public static boolean isOwner(Volunteer volunteer, CurrentUser caller) {
        return volunteer.subject != null && volunteer.subject.equals(caller.subject());
    }

    /**
     * True when the caller may know that this volunteer exists: the volunteer, the office of their district, the city.
     * Anyone else is answered as for an id of nothing.
     */
    public static boolean sees(Volunteer volunteer, CurrentUser caller) {
        return isOwner(volunteer, caller) || caller.actsIn(volunteer.district, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN);
    }

    private static ProblemException refusal(Volunteer volunteer, CurrentUser caller, String detail) {
        return ProblemException.refused(sees(volunteer, caller), "volunteer", volunteer.id, detail);
    }

    /**
     * The volunteer alone: the diary, which is personal (no office writes or reads it for them). 403 for the
     * office and the city, 404 as for an unknown id for anyone else.
     */
    public Volunteer asOwner(UUID id, CurrentUser caller) {
        Volunteer volunteer = find(id);
        if (!isOwner(volunteer, caller)) {
            throw refusal(volunteer, caller, "Only the volunteer may do this");
        }
        return volunteer;
    }

    /** The volunteer, an office of the volunteer's district, or a city-wide admin: who may read this volunteer's data. */
    public Volunteer asOwnerOrOffice(UUID id, CurrentUser caller) {
        return asOwnerOrOffice(id, caller, "see this");
    }

    /**
     * The volunteer, an office of the volunteer's district, or a city-wide admin: who may read a volunteer's data, and
     * who may act for a volunteer without the app (a correction entered on their behalf). Another district's office
     * and another volunteer get the 404 of an unknown id ("No volunteer with id ..."), so that the answer does not
     * tell whether a volunteer of that id exists; a 403 ("Only the volunteer, the office of their district and the
     * city may " and {@code action}) is left for no caller today (organizers are refused by role).
     */
    public Volunteer asOwnerOrOffice(UUID id, CurrentUser caller, String action) {
        Volunteer volunteer = find(id);
        boolean office = caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(volunteer.district);
        if (!isOwner(volunteer, caller) && !office && !caller.isCityWide()) {
            throw refusal(volunteer, caller, "Only the volunteer, the office of their district and the city may " + action);
        }
        return volunteer;
    }

    /**
     * The volunteer or an office of their district: who may change a profile, ask for a certificate or read its
     * PDF. The city, which sees every volunteer, is refused with 403 "Only the volunteer and the office of their
     * district may " and {@code action}, the caller's own act in words (e.g. "read this certificate"), so a refused
     * read never speaks of a change; another district's office and another volunteer with the 404 of an unknown id.
     */
    public Volunteer asOwnerOrDistrictOffice(UUID id, CurrentUser caller, String action) {
        Volunteer volunteer = find(id);
        boolean office = caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(volunteer.district);
        if (!isOwner(volunteer, caller) && !office) {
            throw refusal(volunteer, caller, "Only the volunteer and the office of their district may " + action);
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
