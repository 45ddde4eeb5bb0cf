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
        String decisionReason, Instant decidedAt) {

    public static CorrectionView of(RecordCorrection c) {
        return new CorrectionView(c.id, c.recordId, c.status, c.proposedHours, c.proposedDate, c.reason, c.previousHours,
                c.previousDate, c.reportedAt, c.decisionReason, c.decidedAt);
    }
}
