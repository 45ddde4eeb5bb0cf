package org.volunteernet.reporting.brand.rest;

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
import org.volunteernet.reporting.brand.service.BrandReportCsv;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.rest.Attachments;
import org.volunteernet.reporting.brand.service.BrandReportService;

@Path("/api/v1/reports/brands/{id}")
@Tag(name = "Brand reports")
@Produces(MediaType.APPLICATION_JSON)
public class BrandReportResource {

    @Inject
    BrandReportService reports;

    @Inject
    NetworkCalendar calendar;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getBrandReport", summary = "A brand's year", description = "Members, groups, organizations, occurrences due and held, "
            + "regularity (held / due), hours by month. For the brand's leaders (brand-leader role and leading this brand), "
            + "the office of its district, city-admins and analysts. The year defaults to the current one.")
    public BrandReport brand(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return reports.report(id, year != null ? year : calendar.today().getYear(), caller);
    }

    @GET
    @Path("/export.csv")
    @Produces(Attachments.CSV)
    @RolesAllowed({Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "exportBrandReportCsv", summary = "Every figure of a brand's year as CSV", description = "One row per figure of the JSON report "
            + "(members, groups, organizations, occurrences, hours, months); columns: brand id, brand, district code, "
            + "district name (GB/T 2260), year, figure code, figure, month, item, value. UTF-8 with a byte order mark, "
            + "attachment named after the brand; headers in Chinese, English with Accept-Language: en. Who may read it "
            + "as for the JSON report.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "id or year malformed (problem+json naming it)")
    @APIResponse(responseCode = "403", description = "Neither a leader of the brand, its district office, a city-admin nor an analyst")
    @APIResponse(responseCode = "404", description = "No such brand, or (to an office or brand leader) another district's: the same answer")
    public Response brandCsv(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        BrandReport report = brand(id, year);
        DocumentLanguage language = DocumentLanguage.fromAcceptLanguage(acceptLanguage);
        return Attachments.attachment(BrandReportCsv.csv(report, language), Attachments.CSV,
                "brand-" + report.brandId() + "-" + report.year() + ".csv",
                Attachments.safeName(report.name()) + "-" + report.year() + ".csv");
    }
}
