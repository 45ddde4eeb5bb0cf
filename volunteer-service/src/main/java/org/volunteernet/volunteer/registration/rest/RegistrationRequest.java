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
import org.volunteernet.volunteer.registration.domain.Gender;
import org.volunteernet.volunteer.registration.domain.IdType;

/** Real-name registration (Decree 67 Art. 5) with recorded consent. */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        @Schema(example = "Li Ming") String name,
        @NotNull Gender gender,
        @NotNull @Past @Schema(example = "1990-03-05") LocalDate birthDate,
        @NotNull IdType idType,
        @NotBlank @Size(max = 32) @Schema(example = "230110199003051236") String idNumber,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code")
        @Schema(example = "230110") String district,
        @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String community,
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}", message = "must be a phone number")
        @Schema(example = "13800000000") String phone,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> skills,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an UPPER_SNAKE_CASE category") String> serviceCategories,
        UUID workUnitId,
        @Size(max = 100) String post,
        @NotNull @Valid Consent consent) {

    /** Consent to processing personal data; without it there is no registration. */
    @Schema(name = "Consent")
    public record Consent(
            @NotNull @AssertTrue(message = "must be true: registration needs consent") Boolean accepted,
            @NotBlank @Size(max = 20) @Schema(example = "2026-01") String textVersion) {
    }
}
