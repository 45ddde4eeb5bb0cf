package org.volunteernet.reporting.district.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.reporting.district.service.DistrictReportRenderings;
import org.volunteernet.reporting.district.service.DistrictReportService;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.rest.Attachments;

@Path("/api/v1/reports/districts")
@Tag(name = "District reports")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictReportResource {

    @Inject
    DistrictReportService reports;

    @Inject
    CurrentUser caller;

    @Inject
    NetworkCalendar calendar;

    @Inject
    DistrictReportRenderings renderings;

    @GET
    @Path("/{district}/export.csv")
    @Produces(Attachments.CSV)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "exportDistrictReportCsv", summary = "Every figure of the district's year as CSV", description = "One row per figure of the JSON "
            + "report (registrations, the twelve months, March-April shares, months-active distribution, March retention, "
            + "star levels, top brands, overdue records), columns: district code, district name (GB/T 2260, Chinese and "
            + "English), year, figure code (the JSON field path), figure, month, item, value. UTF-8 with a byte order mark, "
            + "attachment named 230110-香坊区-2026.csv; headers and labels in Chinese, English with Accept-Language: en. "
            + "Who may read it as for the JSON report.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "district or year malformed (problem+json naming it)")
    @APIResponse(responseCode = "403", description = "A district office asking for another district")
    public Response districtCsv(
            @PathParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        DistrictReport report = district(district, year);
        DocumentLanguage language = DocumentLanguage.fromAcceptLanguage(acceptLanguage);
        return Attachments.attachment(renderings.csv(report, language), Attachments.CSV,
                "district-" + report.district() + "-" + report.year() + ".csv", renderings.fileName(report, language));
    }

    @GET
    @Path("/{district}/monthly.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "renderDistrictMonthlyChart", summary = "The district's monthly chart as SVG", description = "Hours (bars) and active volunteers (line), "
            + "titled with the district's GB/T 2260 name. Labels in Chinese, English with Accept-Language: en. The month in "
            + "progress is drawn as partial (light bar with a dashed outline, hollow point, legend entry and note); later "
            + "months are empty. Text is drawn by the viewer with the first CJK font it has.")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "district or year malformed (problem+json naming it)")
    @APIResponse(responseCode = "403", description = "A district office asking for another district")
    public String districtSvg(
            @PathParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return renderings.svg(district(district, year), DocumentLanguage.fromAcceptLanguage(acceptLanguage), calendar.today());
    }

    @GET
    @Path("/{district}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getDistrictReport", summary = "A district's year", description = "For the district's office, city-admins and analysts. "
            + "The year defaults to the current one.")
    public DistrictReport district(
            @PathParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return reports.report(district, year != null ? year : calendar.today().getYear(), caller);
    }
}
