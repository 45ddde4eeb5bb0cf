package org.volunteernet.volunteer.registration.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.common.validation.PlainText;
import org.volunteernet.volunteer.registration.domain.Gender;
import org.volunteernet.volunteer.registration.domain.GuardianRelation;
import org.volunteernet.volunteer.registration.domain.IdType;
import org.volunteernet.volunteer.registration.service.RegisterVolunteer;
import org.volunteernet.volunteer.registration.domain.RealName;

/** Real-name registration (Decree 67 Art. 5) with recorded consent. */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @NotBlank @Size(max = RealName.MAX_INPUT_LENGTH)
        @Schema(example = "王小明", description = "Real name: letters of any script joined by single separators "
                + "(· space - '); no digits, emoji, invisible or control characters; stored NFC-normalised")
        String name,
        @NotNull Gender gender,
        @NotNull @Past @Schema(example = "1990-03-05") LocalDate birthDate,
        @NotNull IdType idType,
        @NotBlank @Size(max = 32) @Schema(example = "230110199003051236") String idNumber,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code")
        @Schema(example = "230110") String district,
        @Size(max = 100) @PlainText
        String community,
        @NotBlank @Size(max = 32)
        @Schema(example = "13800000000", description = "Parsed with libphonenumber (without +country code: mainland "
                + "China) and stored in E.164; returned masked")
        String phone,
        @Size(max = 20) List<@NotBlank @Size(max = 50) @PlainText String> skills,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an UPPER_SNAKE_CASE category") String> serviceCategories,
        UUID workUnitId,
        @Size(max = 100) @PlainText String post,
        @NotNull @Valid Consent consent,
        @Valid @Schema(description = "Required when the volunteer is under 18 on the registration date")
        GuardianConsent guardian) {

    /** The service's command (consent and a guardian's consent were checked as given by Bean Validation). */
    public RegisterVolunteer toCommand() {
        return new RegisterVolunteer(name, gender, birthDate, idType, idNumber, district, community, phone, skills,
                serviceCategories, workUnitId, post, new RegisterVolunteer.Consent(consent.textVersion()),
                guardian == null ? null : new RegisterVolunteer.GuardianConsent(guardian.name(), guardian.relation(),
                        guardian.textVersion()));
    }

    /**
     * A guardian's consent for a volunteer under 18 (Volunteer Service Regulations Art. 15; Civil Code
     * Art. 19-20, 27): who the guardian is, how related, and which consent text they accepted.
     */
    @Schema(name = "GuardianConsent")
    public record GuardianConsent(
            @NotBlank @Size(max = RealName.MAX_INPUT_LENGTH) @Schema(example = "王建国") String name,
            @NotNull GuardianRelation relation,
            @NotNull @AssertTrue(message = "must be true: a minor registers only with the guardian's consent") Boolean accepted,
            @NotBlank @Size(max = 20) @PlainText @Schema(example = "2026-01-minor") String textVersion) {
    }

    /** Consent to processing personal data; without it there is no registration. */
    @Schema(name = "Consent")
    public record Consent(
            @NotNull @AssertTrue(message = "must be true: registration needs consent") Boolean accepted,
            @NotBlank @Size(max = 20) @PlainText @Schema(example = "2026-01") String textVersion) {
    }
}
