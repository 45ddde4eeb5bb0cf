package org.volunteernet.brand.workunit.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A work unit (office, enterprise, school, hospital, military unit...) whose members do good at their posts. */
@Entity
@Table(name = "work_unit")
public class WorkUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** The name as uniqueness sees it ({@link org.volunteernet.common.validation.NameKey}), unique in its scope. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkUnitKind kind;

    @Column(nullable = false, updatable = false)
    public String district;

    @Column(name = "registered_by", nullable = false, updatable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Version
    public long version;
}
