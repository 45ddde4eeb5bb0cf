package org.volunteernet.volunteer.record.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.record.domain.CorrectionStatus;
import org.volunteernet.volunteer.record.domain.RecordCorrection;

@Schema(name = "Correction")
public record CorrectionView(UUID id, UUID recordId, CorrectionStatus status, BigDecimal proposedHours,
        LocalDate proposedDate, String reason, BigDecimal previousHours, LocalDate previousDate, Instant reportedAt,
        String decisionReason, Instant decidedAt,
        @Schema(description = "Token subject of whoever entered the correction: the volunteer, or the office account "
                + "that entered it on the volunteer's behalf. That account never decides it (four eyes).")
        String reportedBy,
        @Schema(description = "true when the office of the volunteer's district (or the city) entered it for the "
                + "volunteer, who asked in person or by phone (Decree 67 Art. 13); false when the volunteer entered it")
        boolean onBehalf,
        @Schema(description = "Token subject of the organizer or office account that decided it; null while pending")
        String decidedBy) {

    public static CorrectionView of(RecordCorrection c) {
        return new CorrectionView(c.id, c.recordId, c.status, c.proposedHours, c.proposedDate, c.reason, c.previousHours,
                c.previousDate, c.reportedAt, c.decisionReason, c.decidedAt, c.reportedBy, c.onBehalf, c.decidedBy);
    }
}
