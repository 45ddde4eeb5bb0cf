package org.volunteernet.volunteer.registration.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.volunteernet.volunteer.registration.domain.Gender;
import org.volunteernet.volunteer.registration.domain.GuardianRelation;
import org.volunteernet.volunteer.registration.domain.IdType;

/**
 * A real-name registration (Decree 67 Art. 5) whose consent was given; {@link RegistrationService#register} checks
 * the identity rules.
 *
 * @param district a GB/T 2260 district code
 * @param phone as sent; normalised to E.164 at registration
 * @param skills null for none
 * @param serviceCategories null for none
 * @param workUnitId a registered work unit of the district, or null
 * @param guardian required for a volunteer under 18 on the registration date, else null
 */
public record RegisterVolunteer(String name, Gender gender, LocalDate birthDate, IdType idType, String idNumber,
        String district, String community, String phone, List<String> skills, List<String> serviceCategories, UUID workUnitId,
        String post, Consent consent, GuardianConsent guardian) {

    /** The consent text version the volunteer accepted. */
    public record Consent(String textVersion) {
    }

    /** A guardian's accepted consent for a minor: who the guardian is, how related, which text they accepted. */
    public record GuardianConsent(String name, GuardianRelation relation, String textVersion) {
    }
}
