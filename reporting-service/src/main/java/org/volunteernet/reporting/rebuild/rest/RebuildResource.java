package org.volunteernet.reporting.rebuild.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.ratelimit.RateLimited;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.Roles;
import org.volunteernet.reporting.rebuild.service.ProjectionRebuild;
import org.volunteernet.reporting.rebuild.service.RebuildProgress;

@Path("/api/v1/reports/rebuilds")
@Tag(name = "Rebuilding the reports")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    @Inject
    ProjectionRebuild rebuild;

    @POST
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "startProjectionRebuild", summary = "Rebuild every report from the event streams", description = "Empties the report tables and "
            + "replays volunteer.events, activity.events and brand.events from the beginning; live consumption waits "
            + "meanwhile. Answers 202 with the rebuild's progress at Location; 409 while another rebuild runs. "
            + "City-admins only. deploy/local/rebuild-reports.sh runs it and prints the progress.")
    @RateLimited("rebuild")
    @APIResponse(responseCode = "202", description = "Started; Location names its progress", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RebuildProgress.class)))
    public Response start(@jakarta.ws.rs.core.Context UriInfo uri) {
        RebuildProgress progress = rebuild.start();
        return Response.accepted(progress).location(uri.getAbsolutePathBuilder().path(progress.id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "getProjectionRebuild", summary = "A rebuild's progress", description = "Events replayed of the total, events per second, and "
            + "the outcome. The last ten rebuilds of this instance are kept.")
    public RebuildProgress progress(@PathParam("id") UUID id) {
        return rebuild.find(id).orElseThrow(() -> ProblemException.notFound("rebuild", id));
    }
}
