package org.volunteernet.activity.views.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.views.service.VolunteerViews;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/occurrences/{occurrenceId}")
@Tag(name = "Volunteer views")
@Produces(MediaType.APPLICATION_JSON)
public class OccurrenceReadResource {

    @Inject
    VolunteerViews views;

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getOccurrence", summary = "One occurrence",
            description = "With its activity's title, district, place and category, seats (confirmed, waitlisted, free) "
            + "and status; times ISO-8601 in the network zone. Anyone signed in. 404 problem+json when there is no such "
            + "occurrence, 400 when the id is not a UUID.")
    @APIResponse(responseCode = "200", description = "The occurrence",
            content = @Content(schema = @Schema(implementation = OccurrenceListing.class)))
    @APIResponse(responseCode = "404", description = "No such occurrence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OccurrenceListing getOccurrence(@PathParam("occurrenceId") UUID occurrenceId) {
        return views.occurrence(occurrenceId);
    }
}
