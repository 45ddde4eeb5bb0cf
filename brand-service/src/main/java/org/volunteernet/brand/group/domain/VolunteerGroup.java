package org.volunteernet.brand.group.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A volunteer service group shaped by a brand, with a volunteer as its leader. */
@Entity
@Table(name = "volunteer_group")
public class VolunteerGroup extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "brand_id", nullable = false, updatable = false)
    public UUID brandId;

    @Column(nullable = false)
    public String name;

    /** The name as uniqueness sees it ({@link org.volunteernet.common.validation.NameKey}), unique in its scope. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "leader_volunteer_id", nullable = false)
    public UUID leaderVolunteerId;

    @Column(name = "formed_at", nullable = false, updatable = false)
    public Instant formedAt;

    @Version
    public long version;
}
