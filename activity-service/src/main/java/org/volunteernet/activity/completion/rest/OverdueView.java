package org.volunteernet.activity.completion.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverdueOccurrence")
public record OverdueView(UUID occurrenceId, UUID activityId, String title, String district, OffsetDateTime ended,
        @Schema(description = "Last working day to record it (Decree 67 Art. 11)") LocalDate deadline,
        @Schema(description = "Working days left after today") int workingDaysLeft,
        @Schema(description = "Overdue: the deadline has passed unrecorded (the definition reporting-service's overdueRecords "
                + "counts, issue 15)") boolean missed,
        @Schema(description = "The deadline counts days of a year whose State Council holiday notice is not loaded "
                + "(weekends and fixed-date statutory holidays only): it may move when the notice is added")
        boolean deadlineEstimated) {
}
