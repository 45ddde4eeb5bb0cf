package org.volunteernet.brand.volunteer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A registered volunteer as brand-service learns of them from volunteer.events: ids and district, no personal data. */
@Entity
@Table(name = "known_volunteer")
public class KnownVolunteer extends PanacheEntityBase {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(nullable = false)
    public String district;

    /** Token subject of the volunteer's own account, to recognise them as a caller. */
    @Column(name = "account_subject")
    public String accountSubject;

    @Column(name = "work_unit_id")
    public UUID workUnitId;

    public String post;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<KnownVolunteer> bySubject(String subject) {
        return find("accountSubject", subject).firstResultOptional();
    }

    /** Registered and living in {@code district}. */
    public static Optional<KnownVolunteer> inDistrict(UUID volunteerId, String district) {
        return KnownVolunteer.<KnownVolunteer>findByIdOptional(volunteerId).filter(v -> v.district.equals(district));
    }
}
