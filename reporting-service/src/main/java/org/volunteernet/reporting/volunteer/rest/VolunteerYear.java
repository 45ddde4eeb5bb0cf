package org.volunteernet.reporting.volunteer.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volunteer's own year: what they did, month by month, and how steadily. */
@Schema(name = "VolunteerYear")
public record VolunteerYear(UUID volunteerId, int year, BigDecimal hours, long deedsSelfReported, long deedsWitnessed,
        long diaryEntries, List<Integer> activeMonths,
        @Schema(description = "Longest run of consecutive active months in the year") int longestMonthlyStreak,
        @Schema(description = "Star level reached so far") int starLevel, List<Month> months) {

    @Schema(name = "VolunteerMonth")
    public record Month(int month, BigDecimal hours, long deedsSelfReported, long deedsWitnessed, long diaryEntries) {
    }
}
