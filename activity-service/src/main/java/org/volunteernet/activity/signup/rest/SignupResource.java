package org.volunteernet.activity.signup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.activity.signup.service.SignupService;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/occurrences/{occurrenceId}/signups")
@Tag(name = "Sign-up")
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {

    @Inject
    SignupService signups;

    @Inject
    CurrentUser caller;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Idempotent
    @POST
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Sign up, or sign a volunteer up on their behalf", description = "Without a body: the calling "
            + "volunteer signs up. With {\"volunteerId\": ...}: an organizer of the activity's district or its district "
            + "office (district-admin) signs up a registered volunteer of that district, e.g. one without the app. "
            + "Either way confirmed while seats remain, else waitlisted in order of arrival, and a volunteer cannot hold "
            + "two overlapping confirmed seats; sign-up closed by the organizer stops only volunteers signing themselves "
            + "up. Publishes SignupConfirmed or SignupWaitlisted. Errors: 403 another district or not a registered "
            + "volunteer, 404 unknown occurrence, 409 not open / already signed up / overlapping seat, 422 naming "
            + "volunteerId when not a volunteer of the district.")
    @APIResponse(responseCode = "201", description = "Confirmed or waitlisted",
            content = @Content(schema = @Schema(implementation = SignupView.class)))
    @APIResponse(responseCode = "403", description = "Not allowed for this caller or district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Sign-up not open, already signed up, or overlapping seat",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "volunteerId is not a registered volunteer of the district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OnBehalfRequest.class)))
    public Response signUp(@PathParam("occurrenceId") UUID occurrenceId, String body) throws IOException {
        // the body is optional, and volunteers send none (nor a Content-Type): read it only when present
        OnBehalfRequest onBehalf = body == null || body.isBlank() ? null : json.readValue(body, OnBehalfRequest.class);
        if (onBehalf != null) {
            Set<ConstraintViolation<OnBehalfRequest>> violations = validator.validate(onBehalf);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        SignupView signup = onBehalf == null ? signups.signUp(occurrenceId, caller)
                : signups.signUpOnBehalf(occurrenceId, onBehalf.volunteerId(), caller);
        return Response.status(Response.Status.CREATED).entity(signup).build();
    }

    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Withdraw", description = "Frees the seat for the first on the waitlist at once. "
            + "Publishes SignupWithdrawn, and SignupConfirmed for the promoted volunteer.")
    public Response withdraw(@PathParam("occurrenceId") UUID occurrenceId) {
        signups.withdraw(occurrenceId, caller);
        return Response.noContent().build();
    }
}
