package org.volunteernet.activity.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.attendance.service.AttendanceService;
import org.volunteernet.activity.attendance.service.CheckInCodes;
import org.volunteernet.activity.signup.rest.SignupView;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/occurrences/{occurrenceId}")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentUser caller;

    @GET
    @Path("/check-in-code")
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "getCheckInCode", summary = "The occurrence's check-in code", description = "Signed and short-lived; the organizer shows "
            + "the QR payload for volunteers to scan.")
    public CheckInCodes.Code code(@PathParam("occurrenceId") UUID occurrenceId) {
        return attendance.code(occurrenceId, caller);
    }

    @POST
    @Path("/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "checkInToOccurrence", summary = "Check in", description = "A volunteer with a confirmed seat sends the code; an organizer sends "
            + "the volunteer's id. Publishes VolunteerCheckedIn.")
    public SignupView checkIn(@PathParam("occurrenceId") UUID occurrenceId, @Valid AttendanceRequest request) {
        return attendance.checkIn(occurrenceId, AttendanceRequest.toCommand(request), caller);
    }

    @POST
    @Path("/check-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "checkOutOfOccurrence", summary = "Check out", description = "As check-in. Publishes VolunteerCheckedOut.")
    public SignupView checkOut(@PathParam("occurrenceId") UUID occurrenceId, @Valid AttendanceRequest request) {
        return attendance.checkOut(occurrenceId, AttendanceRequest.toCommand(request), caller);
    }
}
