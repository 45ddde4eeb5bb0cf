package org.volunteernet.activity.completion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.completion.service.RecordDeadlines;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/occurrences/overdue")
@Tag(name = "Completion")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {

    @Inject
    RecordDeadlines deadlines;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "listOverdueOccurrences", summary = "Ended occurrences still unrecorded", description = "With the deadline of Decree 67 Art. 11 "
            + "(10 working days) and the working days left; for the caller's district, or every district for a city-admin. "
            + "The earliest ended first. Cursor-paginated like every list (items and nextCursor; limit 1-200, default 50; "
            + "the cursor is bound to the district listed). Was a bare array of at most 500 before: every unrecorded "
            + "occurrence is now reachable page by page. 400 naming the parameter when one is invalid.")
    @APIResponse(responseCode = "200", description = "One page of unrecorded occurrences")
    @APIResponse(responseCode = "400", description = "A parameter is invalid (named in errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OverdueView> overdue(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return deadlines.overdue(limit, cursor, caller);
    }
}
