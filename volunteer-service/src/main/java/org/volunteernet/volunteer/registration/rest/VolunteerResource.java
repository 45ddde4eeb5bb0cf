package org.volunteernet.volunteer.registration.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.volunteernet.common.rest.IfMatch;
import org.volunteernet.common.rest.Page;
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
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.service.RegistrationService;
import org.volunteernet.volunteer.registration.service.VolunteerDirectory;
import org.volunteernet.volunteer.registration.domain.RealName;

@Path("/api/v1/volunteers")
@Tag(name = "Volunteers")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {

    @Inject
    RegistrationService registrations;

    @Inject
    VolunteerDirectory directory;

    @Inject
    CurrentUser caller;

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "registerVolunteer", summary = "Register a volunteer",
            description = "Real-name registration with consent. A volunteer registers themself in their own district; "
                    + "a district office registers residents of its district. Publishes VolunteerRegistered.")
    @APIResponse(responseCode = "201", description = "Registered; body has the unified volunteer number", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, missing consent, bad ID number")
    @APIResponse(responseCode = "403", description = "Another district")
    @APIResponse(responseCode = "409", description = "ID number or account already registered")
    public Response register(@NotNull @Valid RegistrationRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Volunteer volunteer = registrations.register(request.toCommand(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(volunteer.id.toString()).build())
                .tag(new EntityTag(Long.toString(volunteer.version)))
                .entity(VolunteerView.of(volunteer))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateVolunteer", summary = "Update a profile", description = "For the volunteer and the office of their district. "
            + "Send the ETag you read as If-Match; fields left out keep their value. The office of the volunteer's "
            + "district may correct the real name (name with a reason; kept in GET /volunteers/{id}/history). "
            + "Publishes VolunteerProfileUpdated naming the changed fields, never the name itself.")
    @APIResponse(responseCode = "400", description = "Invalid fields; a name without a reason, a reason without a name")
    @APIResponse(responseCode = "403", description = "A name correction by anyone but the office of the volunteer's district")
    @APIResponse(responseCode = "404", description = "No such volunteer, or one the caller may not see (another volunteer, "
            + "another district's office): the same answer")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the response", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the profile since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ProfileUpdate update) {
        return view(registrations.update(id, IfMatch.version(ifMatch), update.toCommand(), caller));
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "searchVolunteers", summary = "Search volunteers", description = "A district office searches its own district (the default); "
            + "a city-wide admin any district, or all when district is left out. Filters combine: name (a part of the "
            + "real name, any script, NFC-normalised, case-insensitive), volunteerNumber (exact), phone (as typed, "
            + "normalised to E.164 like registration), idNumber (exact, through the blind index), skill. Ordered by "
            + "registration time; ID numbers and phones masked.")
    // 400 (a filter that is not valid, named in errors[].field) and 403 (another district) come from ContractFilter:
    // an @APIResponse here would hide the 200 that the return type gives
    public Page<VolunteerView> search(
            @QueryParam("district") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district,
            @QueryParam("name") @Size(max = RealName.MAX_INPUT_LENGTH) String name,
            @QueryParam("volunteerNumber") @Pattern(regexp = "\\s*[Vv][0-9]{14}\\s*",
                    message = "must be a volunteer number: V, the 6-digit district and 8 digits") String volunteerNumber,
            @QueryParam("phone") @Size(max = 32) String phone,
            @QueryParam("idNumber") @Size(max = 40) String idNumber,
            @QueryParam("skill") @Size(max = 50) String skill,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        Page<Volunteer> page = directory.search(
                new VolunteerDirectory.VolunteerSearch(district, name, volunteerNumber, phone, idNumber, skill),
                limit, cursor, caller);
        return new Page<>(page.items().stream().map(VolunteerView::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "getMyVolunteer", summary = "The caller's own volunteer profile")
    @APIResponse(responseCode = "200", description = "The caller's profile; ETag header is its version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    public Response me() {
        return view(registrations.ownProfile(caller));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "getVolunteer", summary = "A volunteer profile", description = "For the volunteer and the district office; ID number masked.")
    @APIResponse(responseCode = "200", description = "The profile; ETag header is its version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    public Response profile(@PathParam("id") UUID id) {
        return view(registrations.profile(id, caller));
    }

    private static Response view(Volunteer volunteer) {
        return Response.ok(VolunteerView.of(volunteer)).tag(new EntityTag(Long.toString(volunteer.version))).build();
    }
}
