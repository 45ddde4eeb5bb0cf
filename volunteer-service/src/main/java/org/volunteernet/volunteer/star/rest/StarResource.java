package org.volunteernet.volunteer.star.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.star.service.StarService;

@Path("/api/v1/volunteers/{volunteerId}/star")
@Tag(name = "Stars")
@Produces(MediaType.APPLICATION_JSON)
public class StarResource {

    @Inject
    StarService stars;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "getStarLevel", summary = "Star level, verified hours and hours to the next level",
            description = "For the volunteer and the office of their district.")
    public StarView star(@PathParam("volunteerId") UUID volunteerId) {
        return stars.view(volunteerId, caller);
    }
}
