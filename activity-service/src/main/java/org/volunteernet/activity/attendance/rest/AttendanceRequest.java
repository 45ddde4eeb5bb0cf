package org.volunteernet.activity.attendance.rest;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volunteer sends the occurrence's code; an organizer sends the volunteer's id instead. */
@Schema(name = "AttendanceRequest")
public record AttendanceRequest(
        @Size(max = 100) @Schema(description = "The check-in code the organizer shows (volunteers)") String code,
        @Schema(description = "Who arrived or left (organizers)") UUID volunteerId) {
}
