package org.volunteernet.activity.completion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.completion.service.CompletionService;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.events.ActivityCompleted;

@Path("/api/v1/occurrences/{occurrenceId}/completion")
@Tag(name = "Completion")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

    @Inject
    CompletionService completions;

    @Inject
    CurrentUser caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record an ended occurrence", description = "Who attended and their actual hours, travel "
            + "excluded; hours beyond the time on site need a reason. Publishes ActivityCompleted, from which "
            + "volunteer-service makes the service records.")
    public ActivityCompleted complete(@PathParam("occurrenceId") UUID occurrenceId, @NotNull @Valid CompletionRequest request) {
        return completions.complete(occurrenceId, request, caller);
    }
}
