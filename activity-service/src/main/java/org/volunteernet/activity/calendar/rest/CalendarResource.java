package org.volunteernet.activity.calendar.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.calendar.service.CalendarFeeds;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/calendar")
@Tag(name = "Calendars")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    CalendarFeeds feeds;

    @Inject
    CurrentUser caller;

    @GET
    @Path("/volunteers/{id}.ics")
    @Produces(TEXT_CALENDAR)
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "A volunteer's confirmed occurrences as iCalendar", description = "For the volunteer alone.")
    public String volunteer(@PathParam("id") UUID id) {
        return feeds.volunteerFeed(id, caller);
    }

    @GET
    @Path("/brands/{id}.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @Operation(summary = "A brand's activities as iCalendar", description = "Open to anyone, to subscribe to.")
    public String brand(@PathParam("id") UUID id) {
        return feeds.brandFeed(id);
    }
}
