package org.volunteernet.volunteer.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.demo.DemoFacility;
import org.volunteernet.common.security.Roles;

/** Local demo only: this service's demo data, behind the shared guard ({@link DemoFacility}: 404 unless enabled, never in production). */
@Path("/api/v1/demo/diary-history")
@Tag(name = "Local demo: diary")
@Produces(MediaType.APPLICATION_JSON)
public class DemoResource {

    @Inject
    DemoFacility demo;

    @Inject
    DemoDiaryHistory history;

    @POST
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "generateDemoDiaryHistory", summary = "Local demo: give every volunteer a year of diary",
            description = "Exists only when volunteernet.demo.enabled=true (never in production). Idempotent.")
    public DemoDiaryHistory.Summary generate() {
        return demo.run(history::generate);
    }
}
