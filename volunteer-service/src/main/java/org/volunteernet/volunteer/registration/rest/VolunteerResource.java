package org.volunteernet.volunteer.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.service.RegistrationService;

@Path("/api/v1/volunteers")
@Tag(name = "Volunteers")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {

    @Inject
    RegistrationService registrations;

    @Inject
    CurrentUser caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Register a volunteer",
            description = "Real-name registration with consent. A volunteer registers themself in their own district; "
                    + "a district office registers residents of its district. Publishes VolunteerRegistered.")
    @APIResponse(responseCode = "201", description = "Registered; body has the unified volunteer number")
    @APIResponse(responseCode = "400", description = "Invalid fields, missing consent, bad ID number")
    @APIResponse(responseCode = "403", description = "Another district")
    @APIResponse(responseCode = "409", description = "ID number or account already registered")
    public Response register(@NotNull @Valid RegistrationRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Volunteer volunteer = registrations.register(request, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(volunteer.id.toString()).build())
                .tag(new EntityTag(Long.toString(volunteer.version)))
                .entity(VolunteerView.of(volunteer))
                .build();
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "The caller's own volunteer profile")
    public Response me() {
        return view(registrations.ownProfile(caller));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "A volunteer profile", description = "For the volunteer and the district office; ID number masked.")
    public Response profile(@PathParam("id") UUID id) {
        return view(registrations.profile(id, caller));
    }

    private static Response view(Volunteer volunteer) {
        return Response.ok(VolunteerView.of(volunteer)).tag(new EntityTag(Long.toString(volunteer.version))).build();
    }
}
