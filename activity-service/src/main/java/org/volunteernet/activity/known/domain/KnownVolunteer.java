package org.volunteernet.activity.known.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** A registered volunteer as activity-service learns of them from volunteer.events. */
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

    /** The unified volunteer number from VolunteerRegistered; null for volunteers learnt before it was kept. */
    @Column(name = "volunteer_number")
    public String volunteerNumber;

    public static Optional<KnownVolunteer> byNumber(String volunteerNumber) {
        return find("volunteerNumber", volunteerNumber).firstResultOptional();
    }

    public static Optional<KnownVolunteer> bySubject(String subject) {
        return find("accountSubject", subject).firstResultOptional();
    }
}
