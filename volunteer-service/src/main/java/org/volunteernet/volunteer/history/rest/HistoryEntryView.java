package org.volunteernet.volunteer.history.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.history.domain.HistoryKind;
import org.volunteernet.volunteer.record.domain.CorrectionStatus;
import org.volunteernet.volunteer.record.domain.RecordCorrection;
import org.volunteernet.volunteer.registration.domain.NameChange;

/**
 * One entry of a volunteer's history: what the office did to the volunteer's data or in their name. The schema keeps
 * its first name, NameChange, so that clients generated before corrections joined the history still compile.
 */
@Schema(name = "NameChange", description = "One entry of a volunteer's history, by kind: a correction of the real name "
        + "(NAME_CORRECTED: oldName, newName) or a service-record correction the office entered on the volunteer's "
        + "behalf (RECORD_CORRECTION_REPORTED: recordId, proposedHours, proposedDate; id is the correction's, as in "
        + "POST /corrections/{id}/decision; and its outcome so far: status, decidedAt, decidedBy, decisionReason). "
        + "Fields of the other kind are null.")
public record HistoryEntryView(
        @Schema(description = "The name change's id, or the correction's") UUID id,
        @Schema(description = "What the entry records; NAME_CORRECTED for every entry before corrections joined the history")
        HistoryKind kind,
        @Schema(description = "The real name before the correction; null for a record correction") String oldName,
        @Schema(description = "The real name after the correction; null for a record correction") String newName,
        @Schema(description = "The reason given: for the name, the office's; for a correction, the volunteer's as the office entered it")
        String reason,
        @Schema(description = "Token subject of the office account that made the change or entered the correction") String changedBy,
        @Schema(description = "When: the name's correction, or the correction's reportedAt") Instant changedAt,
        @Schema(description = "The service record the correction concerns; null for a name") UUID recordId,
        @Schema(description = "The hours the correction proposes; null when it keeps them or for a name") BigDecimal proposedHours,
        @Schema(description = "The date the correction proposes; null when it keeps it or for a name") LocalDate proposedDate,
        @Schema(description = "The correction's outcome (处理结果): PENDING, ACCEPTED or REJECTED; null for a name")
        CorrectionStatus status,
        @Schema(description = "When the correction was decided; null while pending or for a name") Instant decidedAt,
        @Schema(description = "Token subject of the organizer or office account that decided it, as changedBy names who "
                + "entered it; null while pending or for a name") String decidedBy,
        @Schema(description = "The decider's reason; null while pending or for a name") String decisionReason) {

    public static HistoryEntryView of(NameChange change) {
        return new HistoryEntryView(change.id, HistoryKind.NAME_CORRECTED, change.oldName, change.newName, change.reason,
                change.changedBy, change.changedAt, null, null, null, null, null, null, null);
    }

    public static HistoryEntryView of(RecordCorrection correction) {
        return new HistoryEntryView(correction.id, HistoryKind.RECORD_CORRECTION_REPORTED, null, null, correction.reason,
                correction.reportedBy, correction.reportedAt, correction.recordId, correction.proposedHours,
                correction.proposedDate, correction.status, correction.decidedAt, correction.decidedBy,
                correction.decisionReason);
    }
}
