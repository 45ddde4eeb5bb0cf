package org.volunteernet.reporting.workunit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.rest.Attachments;
import org.volunteernet.reporting.workunit.service.WorkUnitReportCsv;
import org.volunteernet.reporting.workunit.service.WorkUnitReportService;

@Path("/api/v1/reports/work-units/{id}")
@Tag(name = "Work unit reports")
@Produces(MediaType.APPLICATION_JSON)
public class WorkUnitReportResource {

    @Inject
    WorkUnitReportService reports;

    @Inject
    NetworkCalendar calendar;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getWorkUnitReport", summary = "A work unit's year", description = "Post deeds (count and minutes) and its members' verified "
            + "volunteer hours, by month, kept apart. For the office of the unit's district, city-admins and analysts. "
            + "Members are the volunteers whose profile names the unit now. Hours count for the unit only when served while "
            + "the volunteer belonged to it: from the day (network calendar) the volunteer named the unit, until the day "
            + "they left or moved. The year defaults to the current one.")
    public WorkUnitReport unit(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return reports.report(id, year != null ? year : calendar.today().getYear(), caller);
    }

    @GET
    @Path("/export.csv")
    @Produces(Attachments.CSV)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "exportWorkUnitReportCsv", summary = "Every figure of a work unit's year as CSV", description = "One row per figure of the JSON "
            + "report (members, post deeds and minutes, members' volunteer hours, by month, kept apart); columns: unit id, "
            + "unit, kind, district code, district name (GB/T 2260), year, figure code, figure, month, item, value. UTF-8 "
            + "with a byte order mark, attachment named after the unit; headers and the kind in Chinese (ENTERPRISE as "
            + "企业), English with Accept-Language: en (Enterprise); a kind without labels as its code. The JSON report "
            + "keeps the code. Who may read it as for the JSON report.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "id or year malformed (problem+json naming it)")
    @APIResponse(responseCode = "403", description = "A role without work-unit reports")
    @APIResponse(responseCode = "404", description = "No such work unit, or another district's: the same answer")
    public Response workUnitCsv(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        WorkUnitReport report = unit(id, year);
        DocumentLanguage language = DocumentLanguage.fromAcceptLanguage(acceptLanguage);
        return Attachments.attachment(WorkUnitReportCsv.csv(report, language), Attachments.CSV,
                "work-unit-" + report.workUnitId() + "-" + report.year() + ".csv",
                Attachments.safeName(report.name()) + "-" + report.year() + ".csv");
    }
}
