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
import org.volunteernet.activity.completion.service.CompletionService;
import org.volunteernet.activity.schedule.rest.OccurrenceView;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;

@Path("/api/v1/occurrences/{occurrenceId}/held-with-nobody")
@Tag(name = "Completion")
@Produces(MediaType.APPLICATION_JSON)
public class HeldWithNobodyResource {

    @Inject
    CompletionService completions;

    @Inject
    NetworkCalendar calendar;

    @Inject
    CurrentUser caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "closeOccurrenceHeldWithNobody", summary = "Close an occurrence nobody attended", description = "For an ended occurrence that took place "
            + "but that no volunteer attended (e.g. rained out, not cancelled in advance): status HELD_WITH_NOBODY, with "
            + "the note. It leaves the overdue list and is never announced as RecordDeadlineMissed; nothing is recorded, so "
            + "no ActivityCompleted is published. Brand regularity (held / due in the brand report) counts it as due and "
            + "NOT held, as an occurrence cancelled after its start is counted: regularity measures service given. "
            + "recordedLate is true when closed after the Decree 67 Art. 11 deadline (10 working days). Same callers, "
            + "back-entry limit and 409s as completion; 409 also when a volunteer checked in (complete it with them).")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = OccurrenceView.class)))
    @APIResponse(responseCode = "403", description = "Not an organizer or the office of the activity's district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such occurrence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not ended, already closed, or someone checked in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Ended longer ago than the back-entry limit (field occurrenceId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OccurrenceView close(@PathParam("occurrenceId") UUID occurrenceId, @NotNull @Valid HeldWithNobodyRequest request) {
        return OccurrenceView.of(completions.heldWithNobody(occurrenceId, request.note(), caller), calendar.zone());
    }
}
