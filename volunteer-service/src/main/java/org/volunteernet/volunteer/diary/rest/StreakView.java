package org.volunteernet.volunteer.diary.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Persistence, the habit the network exists to build. */
@Schema(name = "Streak")
public record StreakView(
        @Schema(description = "Consecutive days with a diary entry up to today (or yesterday, when today is not written yet)")
        int currentStreak,
        @Schema(description = "Longest run of consecutive days with an entry") int longestStreak,
        LocalDate lastEntryDate,
        int year,
        @Schema(description = "Months of this year with a diary entry, a deed or a service record") int monthsActiveThisYear,
        @Schema(description = "Those months, 1 to 12") List<Integer> activeMonths) {
}
