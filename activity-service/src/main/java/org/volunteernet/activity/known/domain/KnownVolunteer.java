package org.volunteernet.activity.known.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/**
 * A registered volunteer as activity-service learns of them from volunteer.events: district and account subject,
 * no name and no volunteer number (those come from volunteer-service's directory when a roster or sheet needs them).
 */
@Entity
@Table(name = "known_volunteer")
public class KnownVolunteer extends PanacheEntityBase {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(nullable = false)
    public String district;

    @Column(name = "account_subject")
    public String accountSubject;

    public static Optional<KnownVolunteer> bySubject(String subject) {
        return find("accountSubject", subject).firstResultOptional();
    }
}
