package org.volunteernet.activity.bulkentry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.bulkentry.service.BulkEntryResult;
import org.volunteernet.activity.bulkentry.service.BulkEntryService;
import org.volunteernet.activity.bulkentry.service.ParticipantSheet;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.rest.Attachments;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/occurrences/{occurrenceId}/participant-sheet")
@Tag(name = "Completion")
public class ParticipantSheetResource {

    @Inject
    BulkEntryService bulk;

    @Inject
    CurrentUser caller;

    @GET
    @Produces(ParticipantSheet.MEDIA_TYPE)
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "getParticipantSheetTemplate", summary = "The participant sheet template", description = "CSV, UTF-8 with byte-order mark, to fill in "
            + "and upload: columns volunteer number, hours, reason; headed 志愿者编号, 服务时长(小时), 说明, or "
            + "volunteerNumber, hours, reason with Accept-Language: en. One row per confirmed seat, hours left empty; "
            + "add rows for walk-ins. For organizers and the office of the activity's district (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = ParticipantSheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Another district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such occurrence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response template(@PathParam("occurrenceId") UUID occurrenceId, @Context HttpHeaders headers) {
        DocumentLanguage language = DocumentLanguage.negotiate(headers.getAcceptableLanguages());
        String shortId = occurrenceId.toString().substring(0, 8);
        return Response.ok(ParticipantSheet.template(bulk.templateNumbers(occurrenceId, caller), language == DocumentLanguage.EN))
                .type(ParticipantSheet.MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition("participants-" + shortId + ".csv",
                        language.pick("参与人员及时数-" + shortId, "participants-" + shortId) + ".csv"))
                .build();
    }

    @POST
    @Consumes(MediaType.WILDCARD) // spreadsheet programs and browsers label CSV uploads variously; the content decides
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "uploadParticipantSheet", summary = "Record an occurrence from a participant sheet", description = "Bulk entry of a paper sign-in "
            + "sheet: the filled-in template as CSV (UTF-8) or XLSX (first sheet, same columns), keyed by unified volunteer "
            + "number; the content decides, not the Content-Type. Every row is checked "
            + "first; any problem answers 422 listing each one as rows[N].volunteerNumber, rows[N].hours or rows[N].reason "
            + "(N: row in the file, the header is row 1) and records nothing. A valid sheet is recorded exactly as POST "
            + "/completion records (walk-ins, back-entry limit, late after Decree 67 Art. 11's 10 working days, "
            + "ActivityCompleted). Uploading the same sheet again changes nothing (unchanged: true); another sheet for a "
            + "completed occurrence is 409. 400 naming file when it is not a UTF-8 CSV with the template's columns, "
            + "whatever its Content-Type says.")
    @RequestBody(content = {@Content(mediaType = ParticipantSheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Recorded, or unchanged",
            content = @Content(schema = @Schema(implementation = BulkEntryResult.class)))
    @APIResponse(responseCode = "400", description = "Not a readable sheet (field file)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not ended, closed otherwise, or completed with other rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Row-by-row problems; nothing recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkEntryResult upload(@PathParam("occurrenceId") UUID occurrenceId, byte[] file) {
        return bulk.upload(occurrenceId, file == null ? new byte[0] : file, caller);
    }
}
