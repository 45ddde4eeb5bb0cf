package org.volunteernet.volunteer.claim.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.volunteernet.common.rest.Created;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.ratelimit.RateLimited;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.claim.service.ClaimService;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.rest.VolunteerView;

@Path("/api/v1/volunteers")
@Tag(name = "Volunteers")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    ClaimService claims;

    @Inject
    CurrentUser caller;

    // No Idempotency-Key: a replayed answer would keep the code in the idempotency store, and the network
    // keeps only its hash. Creating a second code simply replaces the first.
    @POST
    @Path("/{id}/claim-codes")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "createClaimCode", summary = "Create a claim code for a volunteer without an account", description = "For the office "
            + "of the volunteer's district. The volunteer, signed in with a new account, claims their record with "
            + "the code (POST /volunteers/claims). Single use; expires after volunteernet.claim-codes.lifetime "
            + "(14 days by default); a newer code replaces older ones. Shown once: only its hash is kept. Takes no "
            + "body (the lifetime is not the caller's to choose): a body sent is a 400 naming body, and no code is made. "
            + "Location names the volunteer (GET /volunteers/{id}), never the code: a URL ends up in access logs and "
            + "proxies, and the code is a live single-use secret that nothing can show again.")
    @APIResponse(responseCode = "201", description = "The code and its expiry; Location is the volunteer's",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimCodeView.class)))
    @APIResponse(responseCode = "403", description = "Not a district office")
    @APIResponse(responseCode = "404", description = "No such volunteer, or one of another district: the same answer")
    @APIResponse(responseCode = "409", description = "The volunteer's record is already linked to an account")
    @RateLimited("claim-code-issue")
    public Response createClaimCode(@PathParam("id") UUID id, @Context UriInfo uri) {
        ClaimCodeView code = ClaimCodeView.of(claims.issue(id, caller));
        // the volunteer the code claims, not the code: a secret never stands in a URL (access logs, proxies)
        return Created.atPath(uri, code, "/api/v1/volunteers/" + id);
    }

    @POST
    @Path("/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "claimVolunteerRecord", summary = "Claim a volunteer record with a claim code", description = "Links the caller's account, "
            + "which has no volunteer yet, to the record the district office registered. Publishes "
            + "VolunteerAccountLinked. Limited per caller (volunteernet.rate-limits.volunteer-claim).")
    @APIResponse(responseCode = "200", description = "Linked; the caller's profile, as GET /volunteers/me",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Not shaped like a claim code")
    @APIResponse(responseCode = "409", description = "The account already has a volunteer, the code was used, or the record is linked")
    @APIResponse(responseCode = "410", description = "The code expired or was replaced by a newer one")
    @APIResponse(responseCode = "422", description = "No such code")
    @APIResponse(responseCode = "429", description = "Too many attempts")
    @RateLimited("volunteer-claim")
    public Response claimVolunteer(@NotNull @Valid ClaimRequest request) {
        Volunteer volunteer = claims.claim(request.code(), caller);
        return Response.ok(VolunteerView.of(volunteer)).tag(new EntityTag(Long.toString(volunteer.version))).build();
    }
}
