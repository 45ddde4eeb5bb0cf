package org.volunteernet.volunteer.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.VolunteerProfileUpdated;
import org.volunteernet.common.privacy.EventsConfig;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.volunteer.star.service.StarService;
import org.volunteernet.volunteer.privacy.IdNumberProtector;
import org.volunteernet.volunteer.workunit.service.WorkUnits;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.volunteer.privacy.PhoneNumbers;
import org.volunteernet.volunteer.registration.domain.AgeRules;
import org.volunteernet.volunteer.registration.domain.IdDocuments;
import org.volunteernet.volunteer.registration.domain.NameChange;
import org.volunteernet.volunteer.registration.domain.RealName;
import org.volunteernet.volunteer.registration.domain.Volunteer;

/**
 * Registers volunteers and reads their profiles, with the district and ownership rules (searches and name
 * histories are {@link VolunteerDirectory}'s). Registration
 * checks the identity rules: the real name ({@link RealName}), the ID document against its kind and the
 * birth date ({@link IdDocuments}, GB 11643), the age and a minor's guardian consent ({@link AgeRules}),
 * and normalises the phone number ({@link PhoneNumbers}, E.164). Each refusal is 400 problem+json naming
 * the field.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    @Inject
    IdNumberProtector idNumbers;

    @Inject
    EventsConfig events;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    VolunteerAccess access;

    @Inject
    StarService stars;

    @Inject
    NetworkCalendar calendar;

    @Inject
    RegistrationConfig config;

    @Inject
    WorkUnits workUnits;

    public Volunteer register(RegisterVolunteer request, CurrentUser caller) {
        boolean office = caller.hasRole(Roles.DISTRICT_ADMIN);
        if (office) {
            caller.requireDistrict(request.district());
        } else if (!caller.district().filter(request.district()::equals).isPresent()) {
            throw ProblemException.forbidden("A volunteer registers in the district of their own account");
        } else if (Volunteer.findBySubject(caller.subject()).isPresent()) {
            throw ProblemException.conflict("This account already has a volunteer registration");
        }
        LocalDate today = LocalDate.now(calendar.zone());
        String name = realName("name", request.name());
        workUnits.requireOfDistrict(request.workUnitId(), request.district());
        String idNumber = IdDocuments.check(request.idType(), request.idNumber(), request.birthDate(), request.gender(), today);
        RegisterVolunteer.GuardianConsent guardian = request.guardian();
        AgeRules.check(request.birthDate(), today, config.minimumAge(), guardian != null);
        String guardianName = guardian != null && AgeRules.isMinor(request.birthDate(), today)
                ? realName("guardian.name", guardian.name()) : null;
        String phone = phone(request.phone());
        String blindIndex = idNumbers.blindIndex(idNumber);
        if (Volunteer.idNumberTaken(blindIndex)) {
            // names no one: the caller learns only that the number is registered (the field, never the volunteer)
            throw ProblemException.conflict("idNumber", "is already registered",
                    "A volunteer with this ID number is already registered");
        }

        Instant now = NetworkClock.now();
        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        volunteer.volunteerNumber = nextVolunteerNumber(request.district());
        volunteer.subject = office ? null : caller.subject();
        volunteer.name = name;
        volunteer.gender = request.gender();
        volunteer.birthDate = request.birthDate();
        volunteer.idType = request.idType();
        volunteer.idNumberCipher = idNumbers.encrypt(idNumber);
        volunteer.idNumberIndex = blindIndex;
        volunteer.idNumberMasked = IdNumberProtector.mask(idNumber);
        volunteer.district = request.district();
        volunteer.community = blankToNull(request.community());
        volunteer.phone = phone;
        volunteer.skills = request.skills() == null ? List.of() : request.skills().stream().map(String::strip).distinct().toList();
        volunteer.serviceCategories = request.serviceCategories() == null ? List.of() : request.serviceCategories().stream().distinct().toList();
        volunteer.workUnitId = request.workUnitId();
        volunteer.post = blankToNull(request.post());
        volunteer.consentTextVersion = request.consent().textVersion();
        volunteer.consentAcceptedAt = now;
        if (guardianName != null) {
            volunteer.guardianName = guardianName;
            volunteer.guardianRelation = guardian.relation();
            volunteer.guardianConsentTextVersion = guardian.textVersion();
            volunteer.guardianConsentAt = now;
        }
        volunteer.registeredBy = caller.subject();
        volunteer.registeredAt = now;
        volunteer.persist();
        stars.open(volunteer.id);

        VolunteerRegistered registered = new VolunteerRegistered(volunteer.id, volunteer.district, volunteer.skills,
                volunteer.serviceCategories, volunteer.workUnitId, volunteer.subject, now);
        // v2 names no number, community, gender or birth year; v1 only during a rolling upgrade (legacy-versions)
        outbox.publish(events.legacyVersions() ? registered.legacy(volunteer.volunteerNumber, volunteer.community,
                volunteer.gender.name(), volunteer.birthDate.getYear()) : registered);
        return volunteer;
    }

    /** The profile, for its owner, an office of its district, or a city-wide admin. */
    public Volunteer profile(UUID id, CurrentUser caller) {
        return access.asOwnerOrOffice(id, caller);
    }

    /**
     * Changes a profile if {@code expectedVersion} is still current (If-Match); publishes VolunteerProfileUpdated
     * naming the fields that changed. The real name is corrected only by the office of the volunteer's district,
     * with a reason; the correction is kept in the volunteer's history ({@link NameChange}) and the event says
     * that the name changed, never what it is.
     */
    public Volunteer update(UUID id, long expectedVersion, ChangeProfile update, CurrentUser caller) {
        Volunteer volunteer = access.asOwnerOrDistrictOffice(id, caller, "change this profile");
        String newName = null;
        if (update.name() != null) {
            if (!(caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(volunteer.district))) {
                throw ProblemException.forbidden("A real name is corrected only by the office of the volunteer's district");
            }
            newName = realName("name", update.name());
            if (update.reason() == null || update.reason().isBlank()) {
                throw ProblemException.invalid("reason", "must not be blank: a name correction states its reason");
            }
        } else if (update.reason() != null) {
            throw ProblemException.invalid("reason", "goes only with a name correction");
        }
        if (volunteer.version != expectedVersion) {
            throw ProblemException.staleVersion(volunteer.version);
        }
        List<String> changed = new ArrayList<>();
        Instant now = NetworkClock.now();
        if (newName != null && !newName.equals(volunteer.name)) {
            NameChange change = new NameChange();
            change.id = UUID.randomUUID();
            change.volunteerId = volunteer.id;
            change.oldName = volunteer.name;
            change.newName = newName;
            change.reason = update.reason().strip();
            change.changedBy = caller.subject();
            change.changedAt = now;
            change.persist();
            volunteer.name = newName;
            changed.add("name");
        }
        if (update.community() != null) {
            volunteer.community = blankToNull(update.community());
            changed.add("community");
        }
        if (update.phone() != null) {
            volunteer.phone = phone(update.phone());
            changed.add("phone");
        }
        if (update.skills() != null) {
            volunteer.skills = update.skills().stream().map(String::strip).distinct().toList();
            changed.add("skills");
        }
        if (update.serviceCategories() != null) {
            volunteer.serviceCategories = update.serviceCategories().stream().distinct().toList();
            changed.add("serviceCategories");
        }
        if (update.workUnitId() != null) { // left out: kept; null: cleared; an id: a known unit of the district
            UUID workUnitId = update.workUnitId().orElse(null);
            workUnits.requireOfDistrict(workUnitId, volunteer.district);
            volunteer.workUnitId = workUnitId;
            changed.add("workUnitId");
        }
        if (update.post() != null) {
            volunteer.post = blankToNull(update.post());
            changed.add("post");
        }
        entityManager.flush(); // the version moves now, so the event carries the new one
        outbox.publish(new VolunteerProfileUpdated(volunteer.id, volunteer.district, volunteer.community, volunteer.skills,
                volunteer.serviceCategories, volunteer.workUnitId, volunteer.post, volunteer.version, now,
                List.copyOf(changed)));
        return volunteer;
    }

    public Volunteer ownProfile(CurrentUser caller) {
        return Volunteer.findBySubject(caller.subject())
                .orElseThrow(() -> new ProblemException(ProblemKind.NOT_REGISTERED, "This account has no volunteer registration yet", List.of()));
    }

    /** A real name by {@link RealName}, or 400 naming {@code field}. */
    private static String realName(String field, String raw) {
        try {
            return RealName.normalize(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    /** A phone number in E.164 by {@link PhoneNumbers}, or 400 naming {@code phone}. */
    static String phone(String raw) {
        try {
            return PhoneNumbers.normalize(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("phone", e.getMessage());
        }
    }

    private String nextVolunteerNumber(String district) {
        Number next = (Number) entityManager.createNativeQuery("SELECT nextval('volunteer_number_seq')").getSingleResult();
        return "V%s%08d".formatted(district, next.longValue());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
