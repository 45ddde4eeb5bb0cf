package org.volunteernet.activity.known.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A group as activity-service learns of it from brand.events. */
@Entity
@Table(name = "known_group")
public class KnownGroup extends PanacheEntityBase {

    @Id
    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "brand_id", nullable = false)
    public UUID brandId;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String name;
}
