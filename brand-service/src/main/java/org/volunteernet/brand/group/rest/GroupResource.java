package org.volunteernet.brand.group.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.volunteernet.common.rest.Created;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.brand.group.service.MembershipService;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/groups")
@Tag(name = "Groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    @Inject
    MembershipService memberships;

    @Inject
    CurrentUser caller;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getGroup", summary = "A group: its brand, leader and number of members")
    public GroupView group(@PathParam("id") UUID id) {
        return memberships.view(id);
    }

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Path("/{id}/members")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "askToJoinGroup", summary = "Ask to join a group", description = "The group's leader or a leader of its brand answers.")
    @APIResponse(responseCode = "201", description = "Asked; pending the leader's approval", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipView.class)))
    public Response ask(@PathParam("id") UUID id, @Context UriInfo uri) {
        MembershipView membership = MembershipView.of(memberships.ask(id, caller));
        return Created.below(uri, membership, membership.volunteerId());
    }

    @GET
    @Path("/{id}/members/{volunteerId}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "getGroupMembership", summary = "A volunteer's membership of a group", description = "What asking "
            + "to join names in Location: PENDING, APPROVED, DECLINED (with the reason), LEFT or REMOVED. For the volunteer, "
            + "the group's leader and the leaders of its brand, the office of the brand's district and the city-admin. An "
            + "unknown group, a volunteer who never asked and a membership the caller may not read answer the same 404.")
    @APIResponse(responseCode = "200", description = "The membership", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "404", description = "No such membership, or not the caller's to read (the same answer)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = org.volunteernet.common.problem.Problem.class)))
    public MembershipView getGroupMembership(@PathParam("id") UUID id, @PathParam("volunteerId") UUID volunteerId) {
        return MembershipView.of(memberships.membership(id, volunteerId, caller));
    }

    @POST
    @Path("/{id}/members/{volunteerId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VOLUNTEER, Roles.BRAND_LEADER})
    @Operation(operationId = "decideGroupMembership", summary = "Approve or decline a request to join", description = "For the group's leader and the leaders "
            + "of its brand, with a reason. Approval publishes MemberJoined.")
    public MembershipView decide(@PathParam("id") UUID id, @PathParam("volunteerId") UUID volunteerId,
            @NotNull @Valid ApprovalRequest request) {
        return MembershipView.of(memberships.decide(id, volunteerId, request.approved(), request.reason(), caller));
    }

    @DELETE
    @Path("/{id}/members/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "leaveGroup", summary = "Leave a group", description = "Publishes MemberLeft.")
    @APIResponse(responseCode = "204", description = "Left")
    public Response leave(@PathParam("id") UUID id) {
        memberships.leave(id, caller);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/members/{volunteerId}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.BRAND_LEADER})
    @Operation(operationId = "removeGroupMember", summary = "Remove a member", description = "For the group's leader and the leaders of its brand. "
            + "Publishes MemberLeft.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @PathParam("volunteerId") UUID volunteerId) {
        memberships.remove(id, volunteerId, caller);
        return Response.noContent().build();
    }
}
