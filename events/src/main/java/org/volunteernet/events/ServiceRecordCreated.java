package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certified service record (Decree 67 Art. 7) was created from a completed activity. Added in issue 15
 * (null in older events): {@code hoursReason}, the organizer's reason when the hours exceed the time on
 * site; {@code hoursCappedFrom}, the hours the organizer recorded when the record was capped so that the
 * volunteer's verified hours of that calendar day (network zone) stay within 24 ({@code hours} is then
 * what was certified).
 */
public record ServiceRecordCreated(
        UUID recordId,
        UUID volunteerId,
        String district,
        UUID activityId,
        UUID occurrenceId,
        String activityName,
        LocalDate date,
        String serviceCategory,
        BigDecimal hours,
        String organizingUnit,
        UUID brandId,
        UUID groupId,
        Instant createdAt,
        String hoursReason,
        BigDecimal hoursCappedFrom) implements DomainEvent {

    /** A record with hours within the time on site and within the day's 24 hours. */
    public ServiceRecordCreated(UUID recordId, UUID volunteerId, String district, UUID activityId, UUID occurrenceId,
            String activityName, LocalDate date, String serviceCategory, BigDecimal hours, String organizingUnit,
            UUID brandId, UUID groupId, Instant createdAt) {
        this(recordId, volunteerId, district, activityId, occurrenceId, activityName, date, serviceCategory, hours,
                organizingUnit, brandId, groupId, createdAt, null, null);
    }

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
