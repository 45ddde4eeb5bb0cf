package org.volunteernet.reporting.district.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.reporting.district.service.DistrictReportRenderings;
import org.volunteernet.reporting.district.service.DistrictReportService;

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
    @Produces("text/csv")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(summary = "The district's monthly figures as CSV")
    public String csv(
            @PathParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return renderings.csv(district(district, year));
    }

    @GET
    @Path("/{district}/monthly.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(summary = "The district's monthly chart as SVG", description = "Hours (bars) and active volunteers (line).")
    public String svg(
            @PathParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return renderings.svg(district(district, year));
    }

    @GET
    @Path("/{district}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(summary = "A district's year", description = "For the district's office, city-admins and analysts. "
            + "The year defaults to the current one.")
    public DistrictReport district(
            @PathParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return reports.report(district, year != null ? year : calendar.today().getYear(), caller);
    }
}
