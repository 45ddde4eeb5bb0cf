package org.volunteernet.volunteer.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.directory.service.DirectoryService;

/**
 * The volunteer directory, for the network's services alone (realm role {@code service}: the service account
 * of the client volunteer-network-services, client credentials). A POST so that ID numbers never appear in a
 * URL or an access log.
 */
@Path("/api/v1/volunteers/directory")
@Tag(name = "Volunteer directory (services)")
public class DirectoryResource {

    @Inject
    DirectoryService directory;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "lookUpVolunteers", summary = "Look volunteers up for another service of the network",
            description = "Service to service only: the token of the realm client volunteer-network-services' service "
                    + "account (realm role service); every person's role is refused with 403. For up to 10,000 volunteer "
                    + "ids and up to 1,000 volunteer numbers and 1,000 ID numbers: each volunteer found (id, district, real "
                    + "name, volunteer number) and which volunteer each ID number is, by its position in the question (the "
                    + "number is matched through the blind index and never echoed). Keys that find nobody are absent. Any "
                    + "district: the calling service applies its own district rules (activity-service's rosters and bulk "
                    + "entry). 400 naming the field of a list that is too long or holds a blank or too long key.")
    @APIResponse(responseCode = "200", description = "Who the keys are",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectoryAnswer.class)))
    @APIResponse(responseCode = "403", description = "Not the services' own principal")
    public DirectoryAnswer lookUp(@NotNull @Valid DirectoryQuery query) {
        return DirectoryAnswer.of(directory.lookUp(query.ids(), query.numbers(), query.idNumberList()));
    }
}
