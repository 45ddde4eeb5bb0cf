package org.volunteernet.volunteer.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom the calling service asks about; every list optional, the answer holds whoever any key finds. */
@Schema(name = "VolunteerDirectoryQuery")
public record DirectoryQuery(
        @Schema(description = "Volunteer ids, e.g. an occurrence's roster") @Size(max = DirectoryQuery.MAX_IDS)
        List<@NotNull UUID> volunteerIds,
        @Schema(description = "Unified volunteer numbers (case and surrounding spaces ignored)") @Size(max = DirectoryQuery.MAX_KEYS)
        List<@NotBlank @Size(max = 64) String> volunteerNumbers,
        @Schema(description = "ID document numbers, matched exactly through the blind index; answered by position, "
                + "never echoed") @Size(max = DirectoryQuery.MAX_KEYS)
        List<@NotBlank @Size(max = 64) String> idNumbers) {

    /** A roster's volunteers in one call (capacity is at most 10,000). */
    public static final int MAX_IDS = 10_000;
    /** A participant sheet's rows in one call (bulk entry takes at most 1,000). */
    public static final int MAX_KEYS = 1_000;

    public List<UUID> ids() {
        return volunteerIds == null ? List.of() : volunteerIds;
    }

    public List<String> numbers() {
        return volunteerNumbers == null ? List.of() : volunteerNumbers;
    }

    public List<String> idNumberList() {
        return idNumbers == null ? List.of() : idNumbers;
    }
}
