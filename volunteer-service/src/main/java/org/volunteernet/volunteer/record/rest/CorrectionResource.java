package org.volunteernet.volunteer.record.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.record.domain.CorrectionStatus;
import org.volunteernet.volunteer.record.service.ServiceRecordService;

@Path("/api/v1/corrections")
@Tag(name = "Service records")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

    @Inject
    ServiceRecordService records;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "listCorrectionsToDecide", summary = "Corrections the caller decides",
            description = "What waits for the caller's decision (POST /corrections/{id}/decision takes the listed id): "
            + "for an organizer, the corrections of service records of activities they recorded; for a district office, "
            + "those of its district; for the city (city-admin), those of every district, so that a correction nobody "
            + "else may decide (one office account both recorded the activity and entered it) has a decider; the same "
            + "rule as the decision. Another organizer and another district's office see none of them. Four eyes: a "
            + "correction the caller entered, or of the caller's own record, is not listed. Oldest reported first, "
            + "optionally of one status and one district (of the record); each item as the decision answers, with the "
            + "record it concerns (volunteer, activity, occurrence, date, hours, organizing unit). "
            + "Cursor-paginated (limit 1-200, default 50; the cursor is bound to the caller, the status and the district). "
            + "400 naming the parameter when one is invalid; 403 for other roles.")
    @APIResponse(responseCode = "200", description = "One page of corrections")
    @APIResponse(responseCode = "400", description = "A parameter is invalid (named in errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CorrectionView> list(
            @Parameter(description = "PENDING (waiting for a decision), ACCEPTED or REJECTED; absent: all")
            @QueryParam("status") @Pattern(regexp = "PENDING|ACCEPTED|REJECTED",
                    message = "must be PENDING, ACCEPTED or REJECTED") String status,
            @Parameter(description = "Only corrections of records of this district (GB/T 2260 code); absent: all the caller decides")
            @QueryParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code")
            String district,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return records.toDecide(status == null ? null : CorrectionStatus.valueOf(status), district, limit, cursor, caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "getCorrection", summary = "One correction, with the record it concerns",
            description = "Where the 201 of POST /volunteers/{id}/service-records/{recordId}/corrections points "
            + "(Location). For those who decide it (as GET /corrections lists them), whoever entered it and the "
            + "volunteer whose record it is; for anyone else 404, the same as for an unknown id.")
    @APIResponse(responseCode = "200", description = "The correction")
    @APIResponse(responseCode = "404", description = "No such correction, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CorrectionView get(@PathParam("id") UUID id) {
        return records.correction(id, caller);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "decideCorrection", summary = "Accept or reject a correction", description = "For the organizer who recorded the activity, "
            + "the district office and the city (city-admin, every district: the escalation when nobody else may decide). "
            + "Others: 403. Accepting amends the record (the previous values stay in the correction) and "
            + "publishes ServiceRecordCorrected; rejecting publishes ServiceRecordCorrectionRejected. Four eyes: whoever "
            + "entered the correction (reportedBy, e.g. the office account that entered it on the volunteer's behalf) and "
            + "the volunteer whose record it is never decide it: 403 with type urn:volunteernet:problem:four-eyes. Another organizer of the district: 403; "
            + "another district's office or organizer: 404, the answer of an unknown correction.")
    public CorrectionView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest decision) {
        return records.decide(id, decision.toCommand(), caller);
    }
}
