package org.volunteernet.volunteer.record.rest;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.record.service.ServiceRecordService;

@Path("/api/v1/corrections")
@Tag(name = "Service records")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

    @Inject
    ServiceRecordService records;

    @Inject
    CurrentUser caller;

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "decideCorrection", summary = "Accept or reject a correction", description = "For the organizer who recorded the activity and "
            + "the district office. Accepting amends the record (the previous values stay in the correction) and "
            + "publishes ServiceRecordCorrected; rejecting publishes ServiceRecordCorrectionRejected. Four eyes: whoever "
            + "entered the correction (reportedBy, e.g. the office account that entered it on the volunteer's behalf) and "
            + "the volunteer whose record it is never decide it: 403 with type urn:volunteernet:problem:four-eyes.")
    public CorrectionView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest decision) {
        return records.decide(id, decision.toCommand(), caller);
    }
}
