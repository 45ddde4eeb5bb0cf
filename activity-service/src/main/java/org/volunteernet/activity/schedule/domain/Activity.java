package org.volunteernet.activity.schedule.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A volunteer activity: one-off, or recurring by an RFC 5545 RRULE ("every Saturday morning"). */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    /** Service content, as a Decree 67 service record states it. */
    @Column(nullable = false)
    public String content;

    @Column(nullable = false, updatable = false)
    public String district;

    @Column(nullable = false)
    public String place;

    /** Start and end of the first occurrence; later ones keep its time of day and length. */
    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "service_category", nullable = false)
    public String serviceCategory;

    @Column(name = "organizing_unit", nullable = false)
    public String organizingUnit;

    @Column(name = "person_in_charge", nullable = false)
    public String personInCharge;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "group_id")
    public UUID groupId;

    public String recurrence;

    /** Occurrences exist up to here. */
    @Column(name = "materialized_until", nullable = false)
    public Instant materializedUntil;

    /** Set when the rest of the series was cancelled: nothing from here on is materialized. */
    @Column(name = "series_ends_at")
    public Instant seriesEndsAt;

    @Column(name = "organizer_subject", nullable = false, updatable = false)
    public String organizerSubject;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Sign-up closed by the organizer: volunteers no longer sign themselves up (on-behalf sign-up still works). */
    @Column(name = "signup_closed", nullable = false)
    public boolean signupClosed;

    /** The fewest confirmed volunteers an occurrence needs (organizers are warned 48 h before); null: no minimum. */
    @Column(name = "minimum_volunteers")
    public Integer minimumVolunteers;

    @Version
    public long version;
}
