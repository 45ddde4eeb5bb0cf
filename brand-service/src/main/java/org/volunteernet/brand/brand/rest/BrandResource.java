package org.volunteernet.brand.brand.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.volunteernet.common.rest.Created;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.brand.brand.domain.Brand;
import org.volunteernet.brand.brand.domain.MemberOrganization;
import org.volunteernet.brand.brand.service.BrandService;
import org.volunteernet.brand.group.domain.VolunteerGroup;
import org.volunteernet.brand.group.service.MembershipService;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/brands")
@Tag(name = "Brands")
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {

    @Inject
    BrandService brands;

    @Inject
    MembershipService memberships;

    @Inject
    CurrentUser caller;

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "createBrand", summary = "Found a brand", description = "A district office founds a volunteer service brand with its "
            + "founding exemplary volunteer, who leads it. The name is unique within the district. Publishes BrandCreated.")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BrandView.class)))
    public Response create(@NotNull @Valid BrandRequests.NewBrand request, @Context UriInfo uri) {
        Brand brand = brands.create(request.toCommand(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(brand.id.toString()).build())
                .entity(brands.view(brand.id)).build();
    }

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "listBrands", summary = "Browse brands", description = "Optionally of one district; oldest first.")
    public Page<BrandView> list(
            @QueryParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return brands.list(district, limit, cursor);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getBrand", summary = "A brand with its leaders, groups and member organizations")
    public BrandView brand(@PathParam("id") UUID id) {
        return brands.view(id);
    }

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Path("/{id}/leaders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "addBrandLeader", summary = "Appoint a brand leader", description = "A district office adds a leader from the brand's district.")
    @APIResponse(responseCode = "201", description = "Added; the brand with its leaders", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BrandView.class)))
    public Response addLeader(@PathParam("id") UUID id, @NotNull @Valid BrandRequests.NewLeader request, @Context UriInfo uri) {
        return Created.below(uri, brands.addLeader(id, request.volunteerId(), caller), request.volunteerId());
    }

    @GET
    @Path("/{id}/leaders/{volunteerId}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getBrandLeader", summary = "One leader of a brand", description = "What appointing a leader "
            + "names in Location: the leader and when appointed. For whoever reads the brand (its leaders are in GET /brands/{id}).")
    @APIResponse(responseCode = "200", description = "The leader", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BrandView.LeaderView.class)))
    @APIResponse(responseCode = "404", description = "No such brand, or the volunteer does not lead it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public BrandView.LeaderView getBrandLeader(@PathParam("id") UUID id, @PathParam("volunteerId") UUID volunteerId) {
        return brands.leader(id, volunteerId);
    }

    @DELETE
    @Path("/{id}/leaders/{volunteerId}")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "removeBrandLeader", summary = "Remove a brand leader", description = "A brand keeps at least one leader.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeLeader(@PathParam("id") UUID id, @PathParam("volunteerId") UUID volunteerId) {
        brands.removeLeader(id, volunteerId, caller);
        return Response.noContent().build();
    }

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Path("/{id}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "formBrandGroup", summary = "Form a group under the brand", description = "For the brand's leaders and its district office. "
            + "The group's leader is its first member. Publishes GroupFormed and MemberJoined.")
    @APIResponse(responseCode = "201", description = "Formed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = org.volunteernet.brand.group.rest.GroupView.class)))
    public Response formGroup(@PathParam("id") UUID id, @NotNull @Valid BrandRequests.NewGroup request, @Context UriInfo uri) {
        VolunteerGroup group = brands.formGroup(id, request.toCommand(), caller);
        return Created.atPath(uri, memberships.view(group.id), "/api/v1/groups/" + group.id);
    }

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Path("/{id}/organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "addBrandOrganization", summary = "A volunteer service organization joins the brand", description = "Publishes OrganizationJoined.")
    @APIResponse(responseCode = "201", description = "Joined", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BrandView.OrganizationView.class)))
    public Response addOrganization(@PathParam("id") UUID id, @NotNull @Valid BrandRequests.NewOrganization request,
            @Context UriInfo uri) {
        MemberOrganization organization = brands.addOrganization(id, request.toCommand(), caller);
        return Created.below(uri, new BrandView.OrganizationView(organization.id, organization.name, organization.joinedAt),
                organization.id);
    }

    @GET
    @Path("/{id}/organizations/{organizationId}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "getBrandOrganization", summary = "One member organization of a brand", description = "What an "
            + "organization joining names in Location. For whoever reads the brand (its organizations are in GET /brands/{id}).")
    @APIResponse(responseCode = "200", description = "The organization", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BrandView.OrganizationView.class)))
    @APIResponse(responseCode = "404", description = "No such brand, or no such organization of it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public BrandView.OrganizationView getBrandOrganization(@PathParam("id") UUID id,
            @PathParam("organizationId") UUID organizationId) {
        return brands.organization(id, organizationId);
    }
}
