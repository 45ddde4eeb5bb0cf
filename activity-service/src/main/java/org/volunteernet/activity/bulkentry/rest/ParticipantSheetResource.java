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
            + "and upload. A first line starting with # says how (each row: volunteer number or ID number, and hours; the "
            + "problem report never repeats an ID number); then the header 志愿者编号, 身份证号, 姓名, 服务时长(小时), 说明, or "
            + "volunteerNumber, idNumber, name, hours, reason with Accept-Language: en. One row per confirmed seat with its "
            + "volunteer number and name (from volunteer-service's directory), ID number and hours left empty; add rows for "
            + "walk-ins, by volunteer number or ID number. The name column is for checking and is not read. For organizers "
            + "and the office of the activity's district (404 to another district, as for an unknown occurrence); 503 while the directory is unavailable.")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = ParticipantSheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "A role that never records an occurrence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such occurrence, or one of another district: the same answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "volunteer-service's directory is unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response template(@PathParam("occurrenceId") UUID occurrenceId, @Context HttpHeaders headers) {
        DocumentLanguage language = DocumentLanguage.negotiate(headers.getAcceptableLanguages());
        String shortId = occurrenceId.toString().substring(0, 8);
        return Response.ok(ParticipantSheet.template(bulk.templateLines(occurrenceId, caller), language == DocumentLanguage.EN))
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
            + "sheet: the filled-in template as CSV (UTF-8) or XLSX (first sheet, same columns), each row keyed by unified "
            + "volunteer number or by ID number (身份证号 / idNumber, matched through volunteer-service's blind index; both "
            + "may be given if they name the same volunteer); the content decides, not the Content-Type. Every row is checked "
            + "first against volunteer-service's directory (volunteers of the activity's district only); any problem answers "
            + "422 listing each one as rows[N].volunteerNumber, rows[N].idNumber, rows[N].hours or rows[N].reason (N: row "
            + "in the file, counting the note and header lines), never repeating an ID number, and records nothing; 503 "
            + "while the directory is unavailable, nothing recorded. A valid sheet is recorded exactly as POST "
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
    @APIResponse(responseCode = "403", description = "A role that never records an occurrence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not ended, closed otherwise, or completed with other rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Row-by-row problems; nothing recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "volunteer-service's directory is unavailable; nothing recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkEntryResult upload(@PathParam("occurrenceId") UUID occurrenceId, byte[] file) {
        return bulk.upload(occurrenceId, file == null ? new byte[0] : file, caller);
    }
}
