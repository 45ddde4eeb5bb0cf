package org.volunteernet.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An ended occurrence was not recorded within 10 working days (Decree 67 Art. 11). */
public record RecordDeadlineMissed(
        UUID occurrenceId,
        UUID activityId,
        String district,
        Instant endedAt,
        LocalDate deadline) implements DomainEvent {

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }
}
