package org.volunteernet.volunteer.record.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.volunteernet.common.rest.Created;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.record.service.ServiceRecordService;

@Path("/api/v1/volunteers/{volunteerId}/service-records")
@Tag(name = "Service records")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRecordResource {

    @Inject
    ServiceRecordService records;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "listServiceRecords", summary = "A volunteer's service records", description = "Built from completed activities, newest first, "
            + "each with its corrections. For the volunteer and the office of their district. A record keeps the organizer's "
            + "hoursReason (hours above the time on site) and, when the 24-hours-a-day cap applied, hoursCappedFrom: "
            + "a volunteer's verified hours of one calendar day (network zone) never exceed 24, so a completion that would "
            + "pass them is certified up to the day's rest and flagged rather than refused.")
    public Page<ServiceRecordView> list(@PathParam("volunteerId") UUID volunteerId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return records.list(volunteerId, limit, cursor, caller);
    }

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Path("/{recordId}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "reportServiceRecordError", summary = "Report an error in a service record", description = "The volunteer proposes the right hours "
            + "and/or date; the organizer who recorded the activity decides. The office of the volunteer's district (or "
            + "the city) enters it on the volunteer's behalf when they ask in person or by phone, as a volunteer without "
            + "the app must (Decree 67 Art. 13): the correction says so (onBehalf true, reportedBy the office account), "
            + "it appears in GET /volunteers/{id}/history, and that account never decides it (403 four-eyes). Organizers: "
            + "403; another district's office and other volunteers: 404, the answer of an unknown volunteer. One open correction per record (409). The date lies "
            + "between a year before the record's date and today (400 naming date); the day keeps within 24 verified hours "
            + "(422 naming hours or date), checked again when the correction is accepted.")
    @APIResponse(responseCode = "201", description = "Reported; the organizer decides", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CorrectionView.class)))
    public Response report(@PathParam("volunteerId") UUID volunteerId, @PathParam("recordId") UUID recordId,
            @NotNull @Valid CorrectionRequest request, @Context UriInfo uri) {
        CorrectionView correction = records.report(volunteerId, recordId, request.toCommand(), caller);
        return Created.atPath(uri, correction, "/api/v1/corrections/" + correction.id());
    }
}
