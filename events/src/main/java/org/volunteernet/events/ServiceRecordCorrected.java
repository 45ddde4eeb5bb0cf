package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An accepted correction amended a service record; the history is kept. */
public record ServiceRecordCorrected(
        UUID recordId,
        UUID correctionId,
        UUID volunteerId,
        String district,
        LocalDate date,
        BigDecimal previousHours,
        BigDecimal hours,
        Instant correctedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
