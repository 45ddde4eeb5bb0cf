package org.volunteernet.volunteer.record.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A volunteer service record (Decree 67 Art. 7): activity name, date, place, content, actual
 * hours (travel excluded), organizing unit and person in charge. Created from a completed
 * activity; changed only by an accepted correction, whose history is kept.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public UUID volunteerId;

    @Column(name = "occurrence_id", nullable = false, updatable = false)
    public UUID occurrenceId;

    @Column(name = "activity_id", nullable = false, updatable = false)
    public UUID activityId;

    @Column(name = "activity_name", nullable = false, updatable = false)
    public String activityName;

    @Column(name = "service_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false, updatable = false)
    public String place;

    @Column(nullable = false, updatable = false)
    public String content;

    @Column(name = "service_category", nullable = false, updatable = false)
    public String serviceCategory;

    @Column(nullable = false, precision = 6, scale = 2)
    public BigDecimal hours;

    /** The organizer's reason when the hours exceed the time on site; null when they do not. */
    @Column(name = "hours_reason", updatable = false)
    public String hoursReason;

    /**
     * The hours the organizer recorded when they were capped so that the volunteer's verified hours of
     * that day stay within 24 ({@link DailyHours}); null when no cap applied.
     */
    @Column(name = "hours_capped_from", precision = 6, scale = 2, updatable = false)
    public BigDecimal hoursCappedFrom;

    /** The hours certified on {@code date} for {@code volunteerId} by all records except {@code except} (may be null). */
    public static BigDecimal hoursOn(UUID volunteerId, LocalDate date, UUID except) {
        var query = getEntityManager().createQuery("select coalesce(sum(r.hours), 0) from ServiceRecord r"
                + " where r.volunteerId = :v and r.date = :d and r.id <> :except", BigDecimal.class)
                .setParameter("v", volunteerId).setParameter("d", date)
                .setParameter("except", except != null ? except : new UUID(0, 0));
        BigDecimal sum = query.getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Column(name = "organizing_unit", nullable = false, updatable = false)
    public String organizingUnit;

    @Column(name = "person_in_charge", nullable = false, updatable = false)
    public String personInCharge;

    /** Token subject of the organizer who recorded the completion: the one who certifies and corrects. */
    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(nullable = false, updatable = false)
    public String district;

    @Column(name = "brand_id", updatable = false)
    public UUID brandId;

    @Column(name = "group_id", updatable = false)
    public UUID groupId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
