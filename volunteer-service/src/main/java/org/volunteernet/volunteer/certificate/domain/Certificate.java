package org.volunteernet.volunteer.certificate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A certificate of volunteer service (Decree 67 Art. 14): free, repeatable, verifiable by its code. */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public UUID volunteerId;

    @Column(name = "verification_code", nullable = false, updatable = false)
    public String verificationCode;

    @Column(nullable = false, precision = 8, scale = 2, updatable = false)
    public BigDecimal hours;

    /** The service content certified: categories and activities. */
    @Column(nullable = false, updatable = false)
    public String content;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recording_units", nullable = false, updatable = false, columnDefinition = "text[]")
    public List<String> recordingUnits;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "record_ids", nullable = false, updatable = false, columnDefinition = "uuid[]")
    public List<UUID> recordIds;

    @Column(name = "issued_at", nullable = false, updatable = false)
    public Instant issuedAt;

    /** The signed PDF in Chinese, 志愿服务记录证明 (the default). */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] pdf;

    /** The same certificate in English (null for certificates issued before English existed). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf_en", updatable = false)
    public byte[] pdfEn;

    public static Optional<Certificate> byCode(String code) {
        return find("verificationCode", code).firstResultOptional();
    }
}
