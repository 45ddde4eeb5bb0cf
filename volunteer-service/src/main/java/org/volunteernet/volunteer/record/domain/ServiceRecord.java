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
