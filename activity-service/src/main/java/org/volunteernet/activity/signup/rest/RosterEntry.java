package org.volunteernet.activity.signup.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.signup.domain.SignupStatus;

/**
 * One line of an occurrence's roster. Names are not held by activity-service (events carry none,
 * Decree 67 Art. 16); the unified volunteer number finds the volunteer in volunteer-service.
 */
@Schema(name = "RosterEntry")
public record RosterEntry(
        @Schema(description = "1-based line number in arrival order") int line,
        UUID volunteerId,
        @Schema(description = "Unified volunteer number; null for volunteers learnt before numbers were kept") String volunteerNumber,
        SignupStatus status,
        @Schema(description = "Place on the waitlist, 1 first; null unless waitlisted") Integer waitlistPosition,
        OffsetDateTime signedUpAt,
        @Schema(description = "Signed up by an organizer or the district office on the volunteer's behalf") boolean signedUpOnBehalf,
        OffsetDateTime checkedInAt,
        OffsetDateTime checkedOutAt,
        @Schema(description = "Attended without a confirmed seat (status WALK_IN)") boolean walkIn,
        @Schema(description = "Actual hours recorded at completion, travel excluded; null before completion") BigDecimal hours) {
}
