package org.volunteernet.reporting.city.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.reporting.city.service.CityReportService;

@Path("/api/v1/reports/city")
@Tag(name = "City report")
@Produces(MediaType.APPLICATION_JSON)
public class CityReportResource {

    @Inject
    CityReportService reports;

    @Inject
    NetworkCalendar calendar;

    @GET
    @RolesAllowed({Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getCityReport", summary = "Every district side by side", description = "For city-admins and analysts; aggregates only.")
    public CityReport city(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return reports.report(year != null ? year : calendar.today().getYear());
    }
}
