package org.volunteernet.volunteer.record.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.record.domain.ServiceRecord;

/** A service record as Decree 67 Art. 7 lists it, with every correction it has had. */
@Schema(name = "ServiceRecord")
public record ServiceRecordView(UUID id, UUID volunteerId, UUID activityId, UUID occurrenceId, String activityName,
        LocalDate date, String place, String content, String serviceCategory,
        @Schema(description = "Actual hours, travel excluded") BigDecimal hours, String organizingUnit,
        String personInCharge, String district, UUID brandId, UUID groupId, List<CorrectionView> corrections,
        @Schema(description = "The organizer's reason when the hours exceed the time on site; null when they do not")
        String hoursReason,
        @Schema(description = "The hours the organizer recorded, when they were capped so that the volunteer's "
                + "verified hours of that calendar day (network zone) stay within 24; null when no cap applied")
        BigDecimal hoursCappedFrom) {

    public static ServiceRecordView of(ServiceRecord r, List<CorrectionView> corrections) {
        return new ServiceRecordView(r.id, r.volunteerId, r.activityId, r.occurrenceId, r.activityName, r.date, r.place,
                r.content, r.serviceCategory, r.hours, r.organizingUnit, r.personInCharge, r.district, r.brandId,
                r.groupId, corrections, r.hoursReason, r.hoursCappedFrom);
    }
}
