package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A certified service record (Decree 67 Art. 7) was created from a completed activity. */
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
        Instant createdAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
