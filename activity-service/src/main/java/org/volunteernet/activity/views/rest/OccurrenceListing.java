package org.volunteernet.activity.views.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;

/** An occurrence with what a volunteer needs to choose it: its activity's title, district, place and category. */
@Schema(name = "OccurrenceListing", description = "A dated occurrence with its activity's title, place and category")
public record OccurrenceListing(UUID id, UUID activityId,
        @Schema(description = "The activity's title") String title,
        @Schema(description = "GB/T 2260 district code of the activity", example = "230110") String district,
        @Schema(description = "Where it takes place: the occurrence's own place when it moved, else the activity's") String place,
        @Schema(example = "ENVIRONMENT") String serviceCategory,
        @Schema(description = "Start, ISO-8601 with the network zone's offset") OffsetDateTime start,
        @Schema(description = "End, ISO-8601 with the network zone's offset") OffsetDateTime end,
        @Schema(description = "Seats") int capacity,
        @Schema(description = "Seats confirmed") int confirmed,
        @Schema(description = "Volunteers waiting") int waitlisted,
        @Schema(description = "Seats still open (capacity - confirmed, never below 0)") int freeSeats,
        OccurrenceStatus status,
        @Schema(description = "Why it was cancelled; absent unless CANCELLED") String cancelReason,
        @Schema(description = "The organizer closed sign-up: volunteers no longer sign themselves up") boolean signupClosed) {
}
