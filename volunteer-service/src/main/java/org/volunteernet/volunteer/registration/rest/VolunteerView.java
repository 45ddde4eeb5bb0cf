package org.volunteernet.volunteer.registration.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.privacy.PhoneNumbers;
import org.volunteernet.volunteer.registration.domain.Gender;
import org.volunteernet.volunteer.registration.domain.GuardianRelation;
import org.volunteernet.volunteer.registration.domain.IdType;
import org.volunteernet.volunteer.registration.domain.Volunteer;

/** A volunteer's profile as its owner or district office sees it; the ID number and phone only masked. */
@Schema(name = "Volunteer")
public record VolunteerView(UUID id, String volunteerNumber, String name, Gender gender, LocalDate birthDate,
        IdType idType, @Schema(example = "2301**********1236") String idNumberMasked, String district, String community,
        @Schema(example = "138****1234", description = "Masked: the full number is never sent back") String phone, List<String> skills, List<String> serviceCategories, UUID workUnitId, String post,
        ConsentView consent, Instant registeredAt, long version,
        @Schema(description = "The guardian's consent, for a volunteer registered under 18; absent otherwise")
        GuardianView guardian) {

    public record ConsentView(boolean accepted, String textVersion, Instant acceptedAt) {
    }

    public record GuardianView(String name, GuardianRelation relation, String consentTextVersion, Instant consentedAt) {
    }

    public static VolunteerView of(Volunteer v) {
        return new VolunteerView(v.id, v.volunteerNumber, v.name, v.gender, v.birthDate, v.idType, v.idNumberMasked,
                v.district, v.community, PhoneNumbers.mask(v.phone), v.skills, v.serviceCategories, v.workUnitId, v.post,
                new ConsentView(true, v.consentTextVersion, v.consentAcceptedAt), v.registeredAt, v.version,
                v.guardianName == null ? null : new GuardianView(v.guardianName, v.guardianRelation,
                        v.guardianConsentTextVersion, v.guardianConsentAt));
    }
}
