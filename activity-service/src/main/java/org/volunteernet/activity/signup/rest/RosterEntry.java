package org.volunteernet.activity.signup.rest;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.volunteernet.common.rest.JsonTimes;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.certification.domain.CertifiedDifference;
import org.volunteernet.activity.signup.domain.SignupStatus;

/**
 * One line of an occurrence's roster. Names are not held by activity-service (events carry none,
 * Decree 67 Art. 16): they come from volunteer-service's directory when the roster is read, and are null
 * when it does not answer (the page says so: {@code namesAvailable: false}). Next to the hours recorded at completion,
 * the hours volunteer-service certified in the participant's service record, which may be fewer (24 verified hours a
 * day at most) or corrected since; they follow the completion within moments (events), null until then.
 */
@Schema(name = "RosterEntry")
public record RosterEntry(
        @Schema(description = "1-based line number in arrival order") int line,
        UUID volunteerId,
        @Schema(description = "Real name from volunteer-service's directory; null while it is unavailable") String name,
        @Schema(description = "Unified volunteer number from volunteer-service's directory; null while it is unavailable") String volunteerNumber,
        SignupStatus status,
        @Schema(description = "Place on the waitlist, 1 first; null unless waitlisted") Integer waitlistPosition,
        @Schema(description = "When the volunteer signed up (ISO-8601, UTC)") @JsonSerialize(using = JsonTimes.AsInstant.class) OffsetDateTime signedUpAt,
        @Schema(description = "Signed up by an organizer or the district office on the volunteer's behalf") boolean signedUpOnBehalf,
        @Schema(description = "Check-in (ISO-8601, UTC)") @JsonSerialize(using = JsonTimes.AsInstant.class) OffsetDateTime checkedInAt,
        @Schema(description = "Check-out (ISO-8601, UTC)") @JsonSerialize(using = JsonTimes.AsInstant.class) OffsetDateTime checkedOutAt,
        @Schema(description = "Attended without a confirmed seat (status WALK_IN)") boolean walkIn,
        @Schema(description = "Actual hours recorded at completion, travel excluded; null before completion") BigDecimal hours,
        @Schema(description = "The participant's service record in volunteer-service (服务记录); null until it is made, "
                + "moments after completion, or when none is made (a volunteer volunteer-service does not know)") UUID recordId,
        @Schema(description = "Hours certified in that record (认定时长), decimal hours: the recorded hours, fewer when "
                + "volunteer-service capped them so that the volunteer's verified hours of that calendar day stay within 24, "
                + "or as an accepted correction set them; null until the record is made") BigDecimal certifiedHours,
        @Schema(description = "The recorded hours the record was capped from (核减前时长) when the 24-hours-a-day rule "
                + "capped it at creation; null when not capped. A later correction does not clear it") BigDecimal hoursCappedFrom,
        @Schema(description = "Why certifiedHours differs from hours (时长差异原因): DAILY_LIMIT (capped, more than 24 "
                + "verified hours that day) or CORRECTED (an accepted correction amended the record); null when they are "
                + "equal or not yet certified") CertifiedDifference certifiedDifference) {

    /** The same line with the name and volunteer number the directory knows. */
    public RosterEntry named(String realName, String number) {
        return new RosterEntry(line, volunteerId, realName, number, status,
                waitlistPosition, signedUpAt, signedUpOnBehalf, checkedInAt, checkedOutAt, walkIn, hours,
                recordId, certifiedHours, hoursCappedFrom, certifiedDifference);
    }
}
