package org.volunteernet.volunteer.star.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;

/** A volunteer's verified hours and the highest star level already announced (each level announced once). */
@Entity
@Table(name = "volunteer_star")
public class VolunteerStar extends PanacheEntityBase {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "verified_hours", nullable = false, precision = 8, scale = 2)
    public BigDecimal verifiedHours;

    @Column(name = "highest_level_announced", nullable = false)
    public int highestLevelAnnounced;

    @Version
    public long version;
}
