package org.volunteernet.brand.workunit.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.brand.workunit.domain.WorkUnit;
import org.volunteernet.brand.workunit.service.WorkUnitService;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/work-units")
@Tag(name = "Work units")
@Produces(MediaType.APPLICATION_JSON)
public class WorkUnitResource {

    @Inject
    WorkUnitService units;

    @Inject
    CurrentUser caller;

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "registerWorkUnit", summary = "Register a work unit", description = "Government office, enterprise, school, hospital, "
            + "military unit, community... in the office's district. Publishes WorkUnitRegistered.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WorkUnitView.class)))
    public Response register(@NotNull @Valid WorkUnitRequest request, @Context UriInfo uri) {
        WorkUnit unit = units.register(request.toCommand(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(unit.id.toString()).build())
                .entity(units.view(unit.id, caller)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "getWorkUnit", summary = "A work unit and its members", description = "Members are volunteers who named the unit at "
            + "registration or later; listed by pseudonymous id and post.")
    public WorkUnitView unit(@PathParam("id") UUID id) {
        return units.view(id, caller);
    }
}
