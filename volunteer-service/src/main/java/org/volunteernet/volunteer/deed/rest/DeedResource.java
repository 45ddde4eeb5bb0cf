package org.volunteernet.volunteer.deed.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.volunteernet.common.rest.Created;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import jakarta.ws.rs.Path;
import org.volunteernet.common.problem.Problem;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.deed.service.DeedRecorder;

@Path("/api/v1/deeds")
@Tag(name = "Deeds")
@Produces(MediaType.APPLICATION_JSON)
public class DeedResource {

    @Inject
    DeedRecorder deeds;

    @Inject
    CurrentUser caller;

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "recordWitnessedDeed", summary = "Record a witnessed deed", description = "An organizer or district office records a deed "
            + "they saw a volunteer of their district do; it counts as verified. Publishes DeedRecorded.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeedView.class)))
    @APIResponse(responseCode = "422", description = "volunteerId is not a registered volunteer of the caller's district "
            + "(the same answer for an unknown id and another district's volunteer)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response witness(@NotNull @Valid WitnessedDeedRequest request, @Context UriInfo uri) {
        DeedView deed = DeedView.of(deeds.witness(request.toCommand(), caller));
        return Created.below(uri, deed, deed.id());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "getDeed", summary = "Read a deed", description = "What POST /deeds names in Location. A "
            + "witnessed deed for its volunteer, an organizer or district office of the volunteer's district and the "
            + "city-admin; a self-reported deed (written in the diary, which is personal) for its volunteer alone. A withdrawn "
            + "deed, an unknown id and a deed the caller may not read (another district's) answer the same 404.")
    @APIResponse(responseCode = "200", description = "The deed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeedView.class)))
    @APIResponse(responseCode = "404", description = "No such deed, or not the caller's to read (the same answer)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public DeedView getDeed(@PathParam("id") UUID id) {
        return DeedView.of(deeds.visible(id, caller));
    }
}
