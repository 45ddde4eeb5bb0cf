package org.volunteernet.volunteer.claim.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.claim.service.ClaimService;

/** A new claim code, shown this once: the network keeps only its hash. */
@Schema(name = "ClaimCode")
public record ClaimCodeView(@Schema(example = "K7Q2-M9XA-4TPE") String code, UUID volunteerId, String volunteerNumber,
        @Schema(description = "The code works until this instant, once") Instant expiresAt) {

    public static ClaimCodeView of(ClaimService.Issued issued) {
        return new ClaimCodeView(issued.code(), issued.volunteerId(), issued.volunteerNumber(), issued.expiresAt());
    }
}
