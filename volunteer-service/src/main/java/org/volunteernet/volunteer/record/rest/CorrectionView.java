package org.volunteernet.volunteer.record.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.record.domain.CorrectionStatus;
import org.volunteernet.volunteer.record.domain.RecordCorrection;
import org.volunteernet.volunteer.record.domain.ServiceRecord;

/**
 * A correction with the service record it concerns, as whoever decides it needs to look it up: the volunteer (id and
 * real name, as the roster shows organizers), the activity, occurrence and organizing unit, and the record's date and
 * hours now (after an accepted correction, the corrected ones; previousDate and previousHours keep those before).
 */
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
        String decidedBy,
        @Schema(description = "The volunteer whose record it is (志愿者)") UUID volunteerId,
        @Schema(description = "The volunteer's real name (姓名), as rosters show it to organizers") String volunteerName,
        @Schema(description = "The record's activity (活动名称)") String activityName,
        @Schema(description = "The occurrence of the activity the record certifies (活动场次)") UUID occurrenceId,
        @Schema(description = "The record's service date now (服务日期); the corrected one once accepted") LocalDate recordDate,
        @Schema(description = "The record's hours now (认定时长), decimal hours; the corrected ones once accepted")
        BigDecimal recordHours,
        @Schema(description = "The unit that organized the activity (组织单位)") String organizingUnit,
        @Schema(description = "District of the activity (GB/T 2260 code), whose office decides") String district) {

    /** The correction of {@code record}, of the volunteer named {@code volunteerName}. */
    public static CorrectionView of(RecordCorrection c, ServiceRecord record, String volunteerName) {
        return new CorrectionView(c.id, c.recordId, c.status, c.proposedHours, c.proposedDate, c.reason, c.previousHours,
                c.previousDate, c.reportedAt, c.decisionReason, c.decidedAt, c.reportedBy, c.onBehalf, c.decidedBy,
                c.volunteerId, volunteerName, record.activityName, record.occurrenceId, record.date, record.hours,
                record.organizingUnit, record.district);
    }
}
