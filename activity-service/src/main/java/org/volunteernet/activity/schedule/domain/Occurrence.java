package org.volunteernet.activity.schedule.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One dated occurrence of an activity, with its seats. */
@Entity
@Table(name = "occurrence")
public class Occurrence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    public UUID activityId;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    /**
     * The start this occurrence has in its series (RFC 5545 RECURRENCE-ID): set when materialized,
     * never changed by a move, so a moved occurrence's slot stays taken.
     */
    @Column(name = "series_start_at", nullable = false, updatable = false)
    public Instant seriesStart;

    @Column(nullable = false)
    public int capacity;

    @Column(nullable = false)
    public int confirmed;

    @Column(nullable = false)
    public int waitlisted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OccurrenceStatus status;

    /** Where this occurrence takes place when it moved; null means the activity's place. */
    public String place;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    /** When RecordDeadlineMissed was published; it is published once. */
    @Column(name = "deadline_missed_at")
    public Instant deadlineMissedAt;

    /** Completion was entered after the Decree 67 Art. 11 deadline (10 working days after the end). */
    @Column(name = "recorded_late", nullable = false)
    public boolean recordedLate;

    /** What the organizer noted when closing an occurrence held with nobody. */
    @Column(name = "closed_note")
    public String closedNote;

    /** RFC 5545 SEQUENCE: counts the changes a calendar must apply (moved, cancelled). */
    @Column(nullable = false)
    public int sequence;

    /** When it was made or last changed for calendars: LAST-MODIFIED and DTSTAMP of its feed event. */
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Records a change that subscribed calendars must apply: SEQUENCE + 1, LAST-MODIFIED now. */
    public void changedForCalendars(Instant now) {
        sequence++;
        changedAt = now;
    }

    @Version
    public long version;

    /** The occurrence under a row lock: sign-ups for its seats queue here, so capacity holds exactly. */
    public static Optional<Occurrence> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
