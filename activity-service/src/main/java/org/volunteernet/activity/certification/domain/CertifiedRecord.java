package org.volunteernet.activity.certification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A service record as volunteer-service certified it, learnt from volunteer.events (ServiceRecordCreated, then any
 * ServiceRecordCorrected): which participant of which occurrence it certifies and the hours it certifies now, in
 * decimal hours. {@code occurrenceId} is null while only a correction has arrived.
 */
@Entity
@Table(name = "certified_record")
public class CertifiedRecord extends PanacheEntityBase {

    @Id
    @Column(name = "record_id")
    public UUID recordId;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    /** The occurrence it was made from; null until ServiceRecordCreated has arrived. */
    @Column(name = "occurrence_id")
    public UUID occurrenceId;

    /** The hours certified now: at creation, or as the latest accepted correction set them. */
    @Column(nullable = false)
    public BigDecimal hours;

    /** The hours recorded at completion when the creation capped them (24 verified hours a day); null otherwise. */
    @Column(name = "hours_capped_from")
    public BigDecimal hoursCappedFrom;

    /** When volunteer-service made the record; null until ServiceRecordCreated has arrived. */
    @Column(name = "created_at")
    public Instant createdAt;

    /** The latest accepted correction applied, and when it was decided; null when never corrected. */
    @Column(name = "correction_id")
    public UUID correctionId;

    @Column(name = "corrected_at")
    public Instant correctedAt;
}
