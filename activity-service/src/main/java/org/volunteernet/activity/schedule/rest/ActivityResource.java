package org.volunteernet.activity.schedule.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.schedule.service.ActivityUpdateService;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.rest.IfMatch;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.service.ScheduleService;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/activities")
@Tag(name = "Activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    @Inject
    ScheduleService schedule;

    @Inject
    ActivityUpdateService updates;

    @Inject
    CurrentUser caller;

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "scheduleActivity", summary = "Schedule an activity", description = "In the caller's district, optionally under a brand "
            + "and group of that district, optionally recurring by an RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=SA). "
            + "Occurrences are created up to the horizon. Publishes ActivityScheduled. Recurrence rules: FREQ is DAILY, "
            + "WEEKLY, MONTHLY or YEARLY; BYHOUR, BYMINUTE, BYSECOND are refused (at most one occurrence a day, at the "
            + "start's time of day); COUNT >= 1 and counts the start as the first occurrence (RFC 5545 3.3.10); UNTIL may "
            + "be a date (inclusive: the whole day in the network zone), a UTC date-time or a floating date-time read in "
            + "the network zone; a rule that gives no date on or after the start (FREQ=MONTHLY;BYDAY=6SA, "
            + "BYMONTH=2;BYMONTHDAY=30, an UNTIL before the start) is refused; more than 2000 occurrences within the horizon "
            + "is refused. Every refusal is 400 problem+json naming `recurrence`, the detail naming the part, but for a "
            + "start that is not one of the rule's dates (a Sunday start of FREQ=WEEKLY;BYDAY=SA): 400 naming `start`, "
            + "saying the rule's first date from then.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names it, ETag is its version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityView.class)))
    public Response schedule(@NotNull @Valid ActivityRequest request, @Context UriInfo uri) {
        Activity activity = schedule.schedule(request.toCommand(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(activity.id.toString()).build())
                .tag(new EntityTag(Long.toString(activity.version))).entity(schedule.view(activity)).build();
    }

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "listActivities", summary = "Browse activities", description = "Filter by district, brand, category, and by having an "
            + "occurrence that is not cancelled and starts between from and to (dates in the network zone, both inclusive). "
            + "An unparsable parameter or cursor, or a date outside years 1..9999, is 400 problem+json naming it.")
    public Page<ActivityView> browse(
            @QueryParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("brandId") UUID brandId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("category") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an UPPER_SNAKE_CASE category") String category,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return schedule.browse(district, brandId, from, to, category, limit, cursor);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getActivity", summary = "An activity", description = "With its version as ETag, to send back as If-Match when editing.")
    @APIResponse(responseCode = "200", description = "The activity; ETag header is its version",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response activity(@PathParam("id") UUID id) {
        Activity activity = schedule.find(id);
        return Response.ok(schedule.view(activity)).tag(new EntityTag(Long.toString(activity.version))).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateActivity", summary = "Edit an activity", description = "Title, content, place, capacity, person in charge, closing "
            + "sign-up; fields left out keep their value. Send the ETag you read as If-Match. For organizers and the office "
            + "of the activity's district and leaders of its brand. Capacity applies to occurrences that have not started: "
            + "raising it confirms the first waiting at once (SignupConfirmed), lowering it below the seats already "
            + "confirmed at one of them is refused with 409 naming capacity — a confirmed seat is never dropped. "
            + "Service records already made keep what they state.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the response",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "403", description = "A brand leader of another brand",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such activity, or another district's: the same answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Capacity below seats already confirmed (field capacity)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the activity since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActivityUpdate update) {
        Activity activity = updates.update(id, IfMatch.version(ifMatch), update.toCommand(), caller);
        return Response.ok(schedule.view(activity)).tag(new EntityTag(Long.toString(activity.version))).build();
    }

    @GET
    @Path("/{id}/occurrences")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "listActivityOccurrences", summary = "The dated occurrences of an activity", description = "Between from and to (by default the "
            + "last 30 days and the next 90), in date order, with seats confirmed and waitlisted.")
    public Page<OccurrenceView> occurrences(@PathParam("id") UUID id,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return schedule.occurrences(id, from, to, limit, cursor);
    }
}
