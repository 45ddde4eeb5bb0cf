package org.volunteernet.activity.schedule.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.schedule.service.ScheduleActivity;
import org.volunteernet.common.validation.PlainText;

/** An activity to schedule: what Decree 67 asks a service record to state, plus seats and recurrence. */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @NotBlank @Size(max = 200) @PlainText @Schema(example = "Riverside clean-up") String title,
        @NotBlank @Size(max = 4000) @Schema(example = "Collect litter along the Songhua riverbank") String content,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
        @NotBlank @Size(max = 300) @PlainText @Schema(example = "Songhua riverbank, Xiangfang") String place,
        @NotNull @Schema(example = "2026-11-28T09:00:00+08:00") OffsetDateTime start,
        @NotNull @Schema(example = "2026-11-28T11:30:00+08:00") OffsetDateTime end,
        @NotNull @Min(1) @Max(10_000) Integer capacity,
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an UPPER_SNAKE_CASE category")
        @Schema(example = "ENVIRONMENT") String serviceCategory,
        @NotBlank @Size(max = 200) @PlainText String organizingUnit,
        @NotBlank @Size(max = 100) @PlainText String personInCharge,
        UUID brandId,
        UUID groupId,
        @Size(max = 300) @PlainText @Schema(description = "RFC 5545 RRULE, at most daily; UNTIL may be a date (inclusive, network zone); COUNT >= 1 counts the start; the start must be one of the rule's dates", example = "FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219") String recurrence,
        @Min(1) @Max(10_000) @Schema(description = "Optional: the fewest confirmed volunteers the activity needs, at most "
                + "capacity; organizers are told 48 hours before an occurrence still short of them", example = "5")
        Integer minimumVolunteers) {

    public ScheduleActivity toCommand() {
        return new ScheduleActivity(title, content, district, place, start, end, capacity, serviceCategory, organizingUnit,
                personInCharge, brandId, groupId, recurrence, minimumVolunteers);
    }
}
