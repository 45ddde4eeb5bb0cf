package org.volunteernet.activity.signup.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;

@Schema(name = "Signup")
public record SignupView(UUID id, UUID occurrenceId, UUID volunteerId, SignupStatus status,
        @Schema(description = "Place on the waitlist, 1 first; null unless waitlisted") Integer waitlistPosition,
        Instant signedUpAt, Instant checkedInAt, Instant checkedOutAt) {

    public static SignupView of(Signup s, Integer waitlistPosition) {
        return new SignupView(s.id, s.occurrenceId, s.volunteerId, s.status, waitlistPosition, s.signedUpAt,
                s.checkedInAt, s.checkedOutAt);
    }
}
