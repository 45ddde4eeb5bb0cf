package org.volunteernet.activity.signup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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

    @Idempotent
    @POST
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Sign up", description = "Confirmed while seats remain, else waitlisted in order of arrival. "
            + "A volunteer cannot hold two overlapping confirmed seats. Publishes SignupConfirmed or SignupWaitlisted.")
    public Response signUp(@PathParam("occurrenceId") UUID occurrenceId) {
        return Response.status(Response.Status.CREATED).entity(signups.signUp(occurrenceId, caller)).build();
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
