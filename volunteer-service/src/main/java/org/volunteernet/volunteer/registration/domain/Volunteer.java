package org.volunteernet.volunteer.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A registered volunteer (Decree 67 Art. 5). The ID number is held only encrypted, indexed and masked. */
@Entity
@Table(name = "volunteer")
public class Volunteer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_number", nullable = false, updatable = false)
    public String volunteerNumber;

    /** The token subject of the volunteer's own account; null when an office registered someone without one. */
    public String subject;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false)
    public IdType idType;

    @Column(name = "id_number_cipher", nullable = false)
    public byte[] idNumberCipher;

    @Column(name = "id_number_index", nullable = false)
    public String idNumberIndex;

    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;

    @Column(nullable = false)
    public String district;

    public String community;

    @Column(nullable = false)
    public String phone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> skills;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_categories", nullable = false, columnDefinition = "text[]")
    public List<String> serviceCategories;

    @Column(name = "work_unit_id")
    public UUID workUnitId;

    public String post;

    @Column(name = "consent_text_version", nullable = false)
    public String consentTextVersion;

    @Column(name = "consent_accepted_at", nullable = false)
    public Instant consentAcceptedAt;

    /** Guardian who consented for a volunteer registered under 18 (null for adults); see AgeRules. */
    @Column(name = "guardian_name", updatable = false)
    public String guardianName;

    @Enumerated(EnumType.STRING)
    @Column(name = "guardian_relation", updatable = false)
    public GuardianRelation guardianRelation;

    @Column(name = "guardian_consent_text_version", updatable = false)
    public String guardianConsentTextVersion;

    @Column(name = "guardian_consent_at", updatable = false)
    public Instant guardianConsentAt;

    /** Subject of whoever registered the volunteer: the volunteer or a district office. */
    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Version
    public long version;

    public static boolean idNumberTaken(String blindIndex) {
        return count("idNumberIndex", blindIndex) > 0;
    }

    public static Optional<Volunteer> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
