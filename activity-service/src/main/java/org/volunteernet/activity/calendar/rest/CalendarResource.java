package org.volunteernet.activity.calendar.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.volunteernet.common.rest.Created;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.calendar.service.CalendarFeeds;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.problem.ProblemException;
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
    @Operation(operationId = "getVolunteerCalendar", summary = "A volunteer's confirmed occurrences as iCalendar", description = "For the volunteer alone.")
    public String volunteer(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return feeds.volunteerFeed(id, caller, language(headers));
    }

    @POST
    @Path("/volunteers/{id}/feed-url")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "issueCalendarFeedUrl", summary = "Issue a secret URL for one's calendar feed", description = "For calendar apps, which cannot "
            + "send a bearer token: GET on the returned path answers the same feed without a token. Issuing again "
            + "revokes the earlier URL. The secret (43 characters, 256 bits) is shown only here; only its SHA-256 is stored.")
    @APIResponse(responseCode = "201", description = "The feed's secret path, shown only here", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CalendarFeedUrl.class)))
    public Response issueFeedUrl(@PathParam("id") UUID id, @Context UriInfo uri) {
        CalendarFeedUrl feed = new CalendarFeedUrl(feeds.issueSecret(id, caller));
        return Created.atPath(uri, feed, feed.path());
    }

    @DELETE
    @Path("/volunteers/{id}/feed-url")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "revokeCalendarFeedUrl", summary = "Revoke the secret URL of one's calendar feed", description = "The URL answers 404 from now on.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "There was none")
    public Response revokeFeedUrl(@PathParam("id") UUID id) {
        if (!feeds.revokeSecret(id, caller)) {
            throw ProblemException.notFound("secret feed URL of volunteer", id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/feeds/{secret}.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @Operation(operationId = "getCalendarFeedBySecret", summary = "A volunteer's feed at its secret URL", description = "No token: the secret in the path is the "
            + "credential. 404 for an unknown or revoked secret.")
    public String feedBySecret(@PathParam("secret") String secret, @Context HttpHeaders headers) {
        return feeds.feedBySecret(secret, language(headers));
    }

    @GET
    @Path("/brands/{id}.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @Operation(operationId = "getBrandCalendar", summary = "A brand's activities as iCalendar", description = "Open to anyone, to subscribe to.")
    public String brand(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return feeds.brandFeed(id, language(headers));
    }

    /** The feed's own words (calendar name, "主办单位") in Chinese unless Accept-Language prefers English. */
    private static DocumentLanguage language(HttpHeaders headers) {
        return DocumentLanguage.negotiate(headers.getAcceptableLanguages());
    }

    /** The secret path of a volunteer's calendar feed, shown once. */
    @Schema(name = "CalendarFeedUrl")
    public record CalendarFeedUrl(@Schema(description = "GET it without a token: /api/v1/calendar/feeds/<secret>.ics") String path) {
    }
}
