package org.volunteernet.activity.completion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.completion.service.RecordDeadlines;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/occurrences/overdue")
@Tag(name = "Completion")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {

    @Inject
    RecordDeadlines deadlines;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "listOverdueOccurrences", summary = "Ended occurrences still unrecorded", description = "With the deadline of Decree 67 Art. 11 "
            + "(10 working days) and the working days left; for the caller's district, or every district for a city-admin.")
    public List<OverdueView> overdue() {
        return deadlines.overdue(caller);
    }
}
