package org.volunteernet.activity.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.Roles;

/** Local demo only: answers 404 unless volunteernet.demo.enabled is set (the local stack sets it). */
@Path("/api/v1/demo/attendance-history")
@Tag(name = "Local demo: attendance")
@Produces(MediaType.APPLICATION_JSON)
public class DemoResource {

    @Inject
    DemoConfig config;

    @Inject
    DemoAttendanceHistory history;

    @POST
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "generateDemoAttendanceHistory", summary = "Local demo: attendance and completions for past occurrences",
            description = "Exists only when volunteernet.demo.enabled=true (never in production). Idempotent.")
    public DemoAttendanceHistory.Summary generate() {
        if (!config.enabled()) {
            throw new ProblemException(ProblemKind.NOT_FOUND, "The demo facility is off", List.of());
        }
        return history.generate();
    }
}
