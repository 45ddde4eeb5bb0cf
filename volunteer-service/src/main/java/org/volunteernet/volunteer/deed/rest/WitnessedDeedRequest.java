package org.volunteernet.volunteer.deed.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.deed.service.WitnessDeed;

/** A deed an organizer or district office saw done: recorded as verified. */
@Schema(name = "WitnessedDeedRequest")
public record WitnessedDeedRequest(
        @NotNull UUID volunteerId,
        @NotNull @Schema(example = "2026-11-24") LocalDate date,
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an UPPER_SNAKE_CASE category")
        @Schema(example = "AT_POST") String category,
        @NotBlank @Size(max = 500) String description,
        @NotNull @Min(1) @Max(1440) Integer minutes,
        @Schema(description = "At one's ordinary post; defaults to true for the AT_POST category") Boolean atPost) {

    public WitnessDeed toCommand() {
        return new WitnessDeed(volunteerId, date, category, description, minutes, atPost);
    }
}
