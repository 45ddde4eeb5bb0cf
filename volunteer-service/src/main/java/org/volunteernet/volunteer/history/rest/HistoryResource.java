package org.volunteernet.volunteer.history.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.history.service.VolunteerHistory;

@Path("/api/v1/volunteers/{id}/history")
@Tag(name = "Volunteers")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    VolunteerHistory history;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    // the operationId predates the corrections in the history; generated clients keep calling it by that name
    @Operation(operationId = "listVolunteerNameCorrections", summary = "A volunteer's history of what the office did in their name",
            description = "Oldest first: every correction of the real name by the district office (kind NAME_CORRECTED: "
                    + "old and new name, reason, who and when) and every service-record correction the office or the city "
                    + "entered on the volunteer's behalf (kind RECORD_CORRECTION_REPORTED: the record, the proposed hours "
                    + "and date, the volunteer's reason, who entered it and when, and its outcome: status, decidedAt, decidedBy, "
                    + "decisionReason). The "
                    + "volunteer's own corrections are under their records only. For the volunteer, the office of their "
                    + "district and the city.")
    public Page<HistoryEntryView> history(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return history.list(id, limit, cursor, caller);
    }
}
