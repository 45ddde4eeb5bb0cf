package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The organizer confirmed attendance and actual hours; carries what a Decree 67 service record needs. */
public record ActivityCompleted(
        UUID occurrenceId,
        UUID activityId,
        String district,
        String activityName,
        LocalDate date,
        String place,
        String content,
        String serviceCategory,
        String organizingUnit,
        String personInCharge,
        UUID brandId,
        UUID groupId,
        List<Participant> participants,
        String recordedBy,
        Instant completedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }

    /**
     * One participant's actual hours, travel excluded. {@code hoursReason} (added in issue 15, null in
     * older events) is the organizer's reason when the hours exceed the time on site.
     */
    public record Participant(UUID volunteerId, BigDecimal hours, String hoursReason) {

        /** Hours within the time on site: no reason needed. */
        public Participant(UUID volunteerId, BigDecimal hours) {
            this(volunteerId, hours, null);
        }
    }
}
