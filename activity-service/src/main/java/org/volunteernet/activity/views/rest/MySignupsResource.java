package org.volunteernet.activity.views.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.views.service.VolunteerViews;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkClock;

/**
 * The caller's own sign-ups. The path is {@code /signups/me} rather than {@code /volunteers/me/signups}: every
 * {@code /volunteers/...} path belongs to volunteer-service, and the one-address reverse proxy routes by the first
 * path segment; {@code /occurrences/{id}/signups/me} is this service's existing "me" style.
 */
@Path("/api/v1/signups/me")
@Tag(name = "Volunteer views")
@Produces(MediaType.APPLICATION_JSON)
public class MySignupsResource {

    @Inject
    VolunteerViews views;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "listMySignups", summary = "My sign-ups with their occurrences",
            description = "The caller's sign-ups whose occurrence starts between from and to (dates YYYY-MM-DD in the "
            + "network zone, both inclusive; by default from " + VolunteerViews.MINE_DEFAULT_PAST_DAYS + " days ago, a "
            + "range of " + VolunteerViews.MINE_MAX_DAYS + " days at most), in start order, optionally of one status; "
            + "each with the occurrence (activity title, start, end, place, status) and, when waitlisted, the place in "
            + "the waitlist (1 = next). Cursor-paginated (limit 1-200, default 50). 403 when the caller is not a "
            + "registered volunteer; 400 naming the parameter when one is invalid.")
    @APIResponse(responseCode = "200", description = "One page of sign-ups",
            content = @Content(schema = @Schema(implementation = MySignupPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (named in errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a registered volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MySignupPage listMySignups(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("status") @Pattern(regexp = "CONFIRMED|WAITLISTED|WITHDRAWN|WALK_IN",
                    message = "must be CONFIRMED, WAITLISTED, WITHDRAWN or WALK_IN") String status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return MySignupPage.of(views.mine(caller, from, to, status == null ? null : SignupStatus.valueOf(status), limit,
                cursor, NetworkClock.now()));
    }
}
