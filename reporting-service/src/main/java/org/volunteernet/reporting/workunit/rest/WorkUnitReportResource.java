package org.volunteernet.reporting.workunit.rest;

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
    @Operation(summary = "A work unit's year", description = "Post deeds (count and minutes) and its members' verified "
            + "volunteer hours, by month, kept apart. For the office of the unit's district, city-admins and analysts. "
            + "Members are the volunteers whose profile names the unit now. The year defaults to the current one.")
    public WorkUnitReport unit(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return reports.report(id, year != null ? year : calendar.today().getYear(), caller);
    }
}
