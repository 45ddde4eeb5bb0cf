package org.volunteernet.activity.known.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A brand as activity-service learns of it from brand.events. */
@Entity
@Table(name = "known_brand")
public class KnownBrand extends PanacheEntityBase {

    @Id
    @Column(name = "brand_id")
    public UUID brandId;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String name;
}
