package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The organizer confirmed attendance and actual hours; carries what a Decree 67 service record needs
 * ({@code org.volunteernet.ActivityCompleted.v2}). Version 2 carries no person's name: {@code personInChargeRef}
 * is the person in charge as a sealed reference (see {@code SealedReference} in common: the name AES-256-GCM
 * encrypted under a key that only activity-service and volunteer-service hold, with a fresh nonce each time, so
 * that to any other reader of the topic it is an opaque value that neither names nor links anyone);
 * volunteer-service opens it to put the name on the Decree 67 Art. 7 service record. Null when the
 * activity has no person in charge recorded, and in v2 events made from v1 ones ({@link ActivityCompletedV1#current()}).
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
        String personInChargeRef,
        UUID brandId,
        UUID groupId,
        List<Participant> participants,
        String recordedBy,
        Instant completedAt,
        boolean late,
        LocalDate recordDeadline) implements DomainEvent {

    /** An on-time completion as published before {@code late} and {@code recordDeadline} existed. */
    public ActivityCompleted(UUID occurrenceId, UUID activityId, String district, String activityName, LocalDate date,
            String place, String content, String serviceCategory, String organizingUnit, String personInChargeRef,
            UUID brandId, UUID groupId, List<Participant> participants, String recordedBy, Instant completedAt) {
        this(occurrenceId, activityId, district, activityName, date, place, content, serviceCategory, organizingUnit,
                personInChargeRef, brandId, groupId, participants, recordedBy, completedAt, false, null);
    }

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }

    /**
     * The v1 form with the person in charge's name in clear, published instead of this one only while
     * {@code volunteernet.events.legacy-versions=true} (consumers not yet upgraded during a rolling upgrade).
     */
    @SuppressWarnings("deprecation")
    public ActivityCompletedV1 legacy(String personInCharge) {
        return new ActivityCompletedV1(occurrenceId, activityId, district, activityName, date, place, content,
                serviceCategory, organizingUnit, personInCharge, brandId, groupId, participants, recordedBy, completedAt,
                late, recordDeadline);
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
