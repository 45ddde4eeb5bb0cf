package org.volunteernet.activity.signup.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sign-up on a volunteer's behalf, by an organizer or the district office. */
@Schema(name = "OnBehalfSignupRequest")
public record OnBehalfRequest(
        @NotNull @Schema(description = "A registered volunteer of the activity's district") UUID volunteerId) {
}
