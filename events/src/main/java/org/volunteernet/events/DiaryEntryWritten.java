package org.volunteernet.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A day's diary entry was written or edited. Counts only: shortcomings never leave volunteer-service. */
public record DiaryEntryWritten(
        UUID entryId,
        UUID volunteerId,
        String district,
        LocalDate date,
        int deedCount,
        int shortcomingCount,
        int correctionCount,
        boolean hasReflection,
        Instant writtenAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
