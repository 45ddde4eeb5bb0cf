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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.activity.completion.service.CompletionService;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

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
    @Operation(operationId = "completeOccurrence", summary = "Record an ended occurrence", description = "Who attended and their actual hours, travel "
            + "excluded; hours beyond the time on site need a reason. A participant without a confirmed seat is recorded "
            + "as a walk-in (participants[].walkIn in ActivityCompleted) when a registered volunteer of the activity's "
            + "district. Occurrences that ended up to volunteernet.activities.back-entry-limit ago (default 366 days) can "
            + "be entered from paper sheets; after the Decree 67 Art. 11 deadline (10 working days after the end) the "
            + "record is accepted and ActivityCompleted carries late=true and recordDeadline. Publishes ActivityCompleted, "
            + "from which volunteer-service makes the service records (v2: the person in charge as a sealed reference, "
            + "no name; this answer names them). The hours volunteer-service certifies in each record (fewer when a "
            + "volunteer's verified hours of that day would pass 24, or as corrected later) are on the roster, "
            + "GET /api/v1/occurrences/{id}/signups (certifiedHours, hoursCappedFrom, certifiedDifference), moments after "
            + "this answer. Errors: 404 unknown occurrence or another district's (the same answer), "
            + "409 not ended or already closed, 422 naming participants[i].volunteerId, participants[i].hours or occurrenceId.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = OccurrenceCompletion.class)))
    @APIResponse(responseCode = "422", description = "A participant or the occurrence's age breaks a rule (field named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OccurrenceCompletion complete(@PathParam("occurrenceId") UUID occurrenceId, @NotNull @Valid CompletionRequest request) {
        return OccurrenceCompletion.of(completions.complete(occurrenceId, request.toCommand(), caller));
    }
}
