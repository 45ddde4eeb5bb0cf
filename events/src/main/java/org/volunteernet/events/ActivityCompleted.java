package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The organizer confirmed attendance and actual hours; carries what a Decree 67 service record needs.
 * {@code late} is true when the record was entered after {@code recordDeadline}, the last of the 10
 * working days Decree 67 Art. 11 allows after the occurrence ended (back-entry of a paper sheet is
 * accepted, and counted as late); both are absent (false, null) in events published before they existed.
 */
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
        Instant completedAt,
        boolean late,
        LocalDate recordDeadline) implements DomainEvent {

    /** An on-time completion as published before {@code late} and {@code recordDeadline} existed. */
    public ActivityCompleted(UUID occurrenceId, UUID activityId, String district, String activityName, LocalDate date,
            String place, String content, String serviceCategory, String organizingUnit, String personInCharge,
            UUID brandId, UUID groupId, List<Participant> participants, String recordedBy, Instant completedAt) {
        this(occurrenceId, activityId, district, activityName, date, place, content, serviceCategory, organizingUnit,
                personInCharge, brandId, groupId, participants, recordedBy, completedAt, false, null);
    }

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }

    /**
     * One participant's actual hours, travel excluded. {@code walkIn}: they attended without holding a
     * confirmed seat (named at completion by the organizer or the district office); false in older events.
     * {@code hoursReason} (added in issue 15, null in older events) is the organizer's reason when the
     * hours exceed the time on site.
     */
    public record Participant(UUID volunteerId, BigDecimal hours, boolean walkIn, String hoursReason) {

        /** A participant who held a seat, hours within the time on site. */
        public Participant(UUID volunteerId, BigDecimal hours) {
            this(volunteerId, hours, false, null);
        }

        /** A participant who held a seat (or a walk-in), hours within the time on site. */
        public Participant(UUID volunteerId, BigDecimal hours, boolean walkIn) {
            this(volunteerId, hours, walkIn, null);
        }

        /** A participant who held a seat, with the reason for hours above the time on site. */
        public Participant(UUID volunteerId, BigDecimal hours, String hoursReason) {
            this(volunteerId, hours, false, hoursReason);
        }
    }
}
