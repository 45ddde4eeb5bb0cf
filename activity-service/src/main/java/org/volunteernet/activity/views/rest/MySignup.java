package org.volunteernet.activity.views.rest;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.volunteernet.common.rest.JsonTimes;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.signup.domain.SignupStatus;

/** One of the caller's sign-ups with its occurrence. */
@Schema(name = "MySignup", description = "One of the caller's sign-ups with its occurrence")
public record MySignup(UUID signupId, SignupStatus status,
        @Schema(description = "Place in the waitlist, 1 = next to be promoted; absent unless WAITLISTED") Integer waitlistPosition,
        @Schema(description = "When the volunteer signed up (ISO-8601, UTC)") @JsonSerialize(using = JsonTimes.AsInstant.class) OffsetDateTime signedUpAt,
        OccurrenceListing occurrence) {
}
