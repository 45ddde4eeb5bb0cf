package org.volunteernet.reporting.brand.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
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
    @Operation(summary = "A brand's year", description = "Members, groups, organizations, occurrences due and held, "
            + "regularity (held / due), hours by month. For the brand's leaders (brand-leader role and leading this brand), "
            + "the office of its district, city-admins and analysts. The year defaults to the current one.")
    public BrandReport brand(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return reports.report(id, year != null ? year : calendar.today().getYear(), caller);
    }
}
