package org.volunteernet.activity.attendance.rest;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.attendance.service.MarkAttendance;
import org.volunteernet.common.validation.PlainText;

/** A volunteer sends the occurrence's code; an organizer sends the volunteer's id instead. */
@Schema(name = "AttendanceRequest")
public record AttendanceRequest(
        @Size(max = 100) @PlainText @Schema(description = "The check-in code the organizer shows (volunteers)") String code,
        @Schema(description = "Who arrived or left (organizers)") UUID volunteerId) {

    /** The service's command; no body at all is {@link MarkAttendance#NOTHING}. */
    public static MarkAttendance toCommand(AttendanceRequest request) {
        return request == null ? MarkAttendance.NOTHING : new MarkAttendance(request.code(), request.volunteerId());
    }
}
