package org.volunteernet.volunteer.workunit.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A work unit brand-service registered (WorkUnitRegistered on brand.events): its id and district, nothing more. */
@Entity
@Table(name = "known_work_unit")
public class KnownWorkUnit extends PanacheEntityBase {

    @Id
    @Column(name = "work_unit_id")
    public UUID workUnitId;

    @Column(nullable = false)
    public String district;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
}
