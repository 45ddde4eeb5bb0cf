package org.volunteernet.activity.schedule.rest;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    CurrentUser caller;

    @Idempotent
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Schedule an activity", description = "In the caller's district, optionally under a brand "
            + "and group of that district, optionally recurring by an RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=SA). "
            + "Occurrences are created up to the horizon. Publishes ActivityScheduled. Recurrence rules: FREQ is DAILY, "
            + "WEEKLY, MONTHLY or YEARLY; BYHOUR, BYMINUTE, BYSECOND are refused (at most one occurrence a day, at the "
            + "start's time of day); COUNT >= 1 and counts the start as the first occurrence even when the start does not "
            + "match the rule (RFC 5545 3.3.10); UNTIL may be a date (inclusive: the whole day in the network zone), a UTC "
            + "date-time or a floating date-time read in the network zone; more than 2000 occurrences within the horizon "
            + "is refused. Every refusal is 400 problem+json naming `recurrence`, the detail naming the part.")
    public Response schedule(@NotNull @Valid ActivityRequest request, @Context UriInfo uri) {
        Activity activity = schedule.schedule(request, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(activity.id.toString()).build())
                .entity(schedule.view(activity)).build();
    }

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(summary = "Browse activities", description = "Filter by district, brand, category, and by having an "
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
    @Operation(summary = "An activity")
    public ActivityView activity(@PathParam("id") UUID id) {
        return schedule.view(schedule.find(id));
    }

    @GET
    @Path("/{id}/occurrences")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(summary = "The dated occurrences of an activity", description = "Between from and to (by default the "
            + "last 30 days and the next 90), in date order, with seats confirmed and waitlisted.")
    public Page<OccurrenceView> occurrences(@PathParam("id") UUID id,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return schedule.occurrences(id, from, to, limit, cursor);
    }
}
