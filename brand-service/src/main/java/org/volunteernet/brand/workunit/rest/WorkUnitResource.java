package org.volunteernet.brand.workunit.rest;

import org.volunteernet.common.rest.Page;
import org.volunteernet.common.problem.Problem;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
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

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "listWorkUnitMembers", summary = "The members of a work unit, page by page", description = "Every "
            + "volunteer who named the unit, by pseudonymous id and post, the earliest registered first (the unit itself "
            + "shows the first 500). Cursor-paginated (limit 1-200, default 50; the cursor is bound to the unit). For the "
            + "office of the unit's district and the city: 403 for another district's office, 404 for no such unit.")
    @APIResponse(responseCode = "200", description = "One page of members")
    @APIResponse(responseCode = "400", description = "A parameter is invalid (named in errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<WorkUnitView.Member> members(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return units.members(id, limit, cursor, caller);
    }
}
