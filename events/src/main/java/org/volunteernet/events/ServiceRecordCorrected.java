package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An accepted correction amended a service record; the history is kept. {@code date} is the service date after the
 * correction; {@code previousDate} the one before, when the correction moved it (null when it kept the date, and in
 * events published before the field existed).
 */
public record ServiceRecordCorrected(
        UUID recordId,
        UUID correctionId,
        UUID volunteerId,
        String district,
        LocalDate date,
        BigDecimal previousHours,
        BigDecimal hours,
        Instant correctedAt,
        LocalDate previousDate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
