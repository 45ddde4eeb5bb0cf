package org.volunteernet.volunteer.registration.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.common.rest.ClearableUuid;
import org.volunteernet.common.validation.PlainText;
import org.volunteernet.volunteer.registration.service.ChangeProfile;
import org.volunteernet.volunteer.registration.domain.RealName;

/**
 * Fields of a profile to change; a field left out (or null) keeps its value, but {@code workUnitId}:
 * JSON null clears it (the volunteer left the unit). Birth date, ID document and district are
 * registration facts and do not change here. The real name is corrected only by the office of the
 * volunteer's district, with a {@code reason}; the correction is kept in the history.
 */
@Schema(name = "ProfileUpdate")
public record ProfileUpdate(
        @Size(max = RealName.MAX_INPUT_LENGTH) @Schema(description = "Corrected real name; district office of the volunteer only, with reason")
        String name,
        @Size(max = 500) @PlainText @Schema(description = "Why the name is corrected; required with name, refused without it")
        String reason,
        @Size(max = 100) @PlainText String community,
        @Size(max = 32) @Schema(description = "Parsed with libphonenumber (region CN), stored in E.164") String phone,
        @Size(max = 20) List<@NotBlank @Size(max = 50) @PlainText String> skills,
        @Size(max = 20) List<@Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an UPPER_SNAKE_CASE category") String> serviceCategories,
        @JsonDeserialize(using = ClearableUuid.class)
        @Schema(type = SchemaType.STRING, format = "uuid", nullable = true, description = "A registered work unit of the "
                + "volunteer's district (422 naming workUnitId otherwise); null clears it, left out keeps it")
        Optional<UUID> workUnitId,
        @Size(max = 100) @PlainText String post) {

    public ChangeProfile toCommand() {
        return new ChangeProfile(name, reason, community, phone, skills, serviceCategories, workUnitId, post);
    }
}
