package org.volunteernet.volunteer.record.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer's report of an error in a service record (Decree 67 Art. 13), entered by the volunteer or, on their
 * behalf, by the office of their district, and its decision. The values before the correction stay here, so an
 * amended record keeps its history.
 */
@Entity
@Table(name = "record_correction")
public class RecordCorrection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "record_id", nullable = false, updatable = false)
    public UUID recordId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public UUID volunteerId;

    @Column(name = "proposed_hours", precision = 6, scale = 2, updatable = false)
    public BigDecimal proposedHours;

    @Column(name = "proposed_date", updatable = false)
    public LocalDate proposedDate;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CorrectionStatus status;

    @Column(name = "previous_hours", nullable = false, precision = 6, scale = 2, updatable = false)
    public BigDecimal previousHours;

    @Column(name = "previous_date", nullable = false, updatable = false)
    public LocalDate previousDate;

    @Column(name = "reported_at", nullable = false, updatable = false)
    public Instant reportedAt;

    /** Token subject of whoever entered the correction: the volunteer, or the office account acting for them. */
    @Column(name = "reported_by", nullable = false, updatable = false)
    public String reportedBy;

    /** True when someone other than the volunteer entered it (the district office, for a volunteer without the app). */
    @Column(name = "on_behalf", nullable = false, updatable = false)
    public boolean onBehalf;

    /** Token subject of whoever decided it; never {@link #reportedBy} (four eyes). */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    public static List<RecordCorrection> ofRecord(UUID recordId) {
        return list("recordId = ?1 order by reportedAt", recordId);
    }
}
