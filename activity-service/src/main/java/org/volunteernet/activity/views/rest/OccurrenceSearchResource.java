package org.volunteernet.activity.views.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.views.service.VolunteerViews;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkClock;

/** Occurrences across activities: one call finds an open seat (issue 17: it took eleven). */
@Path("/api/v1/occurrences")
@Tag(name = "Volunteer views")
@Produces(MediaType.APPLICATION_JSON)
public class OccurrenceSearchResource {

    @Inject
    VolunteerViews views;

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "searchOccurrences", summary = "Find occurrences across activities",
            description = "Occurrences not cancelled whose start falls between from and to (dates YYYY-MM-DD in the network "
            + "zone Asia/Shanghai, both inclusive; by default today and the next " + VolunteerViews.SEARCH_DEFAULT_DAYS
            + " days; the range spans at most " + VolunteerViews.SEARCH_MAX_DAYS + " days), optionally of one district "
            + "and service category, in start order. freeSeats=true keeps only those a volunteer can still sign up "
            + "for: scheduled, not started, sign-up open, at least one seat free. Cursor-paginated (limit 1-200, "
            + "default 50). 400 problem+json naming the parameter when one is unparsable or unknown, from is after "
            + "to, or the range is too long.")
    @APIResponse(responseCode = "200", description = "One page of occurrences",
            content = @Content(schema = @Schema(implementation = OccurrenceListingPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (named in errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OccurrenceListingPage searchOccurrences(
            @QueryParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("category") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an UPPER_SNAKE_CASE category") String category,
            @QueryParam("freeSeats") @Pattern(regexp = "true|false", message = "must be true or false") String freeSeats,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return OccurrenceListingPage.of(views.search(district, from, to, category, "true".equals(freeSeats), limit, cursor,
                NetworkClock.now()));
    }
}
