package org.volunteernet.reporting.volunteer.rest;

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
import org.volunteernet.reporting.volunteer.service.VolunteerYearService;

@Path("/api/v1/reports/volunteers/{id}/year")
@Tag(name = "Volunteer report")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerYearResource {

    @Inject
    VolunteerYearService years;

    @Inject
    NetworkCalendar calendar;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "getVolunteerYear", summary = "A volunteer's own year", description = "Hours, deeds, diary entries and active months, "
            + "month by month, with the longest run of active months and the star level. For the volunteer alone.")
    public VolunteerYear year(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return years.year(id, year != null ? year : calendar.today().getYear(), caller);
    }
}
