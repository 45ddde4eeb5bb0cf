package org.volunteernet.brand.brand.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A volunteer service brand, such as Xiangfang's "Volunteer Service Saturday", founded by an exemplary volunteer. */
@Entity
@Table(name = "brand")
public class Brand extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** The name as uniqueness sees it ({@link org.volunteernet.common.validation.NameKey}): width, case and space do not make a new brand. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    public String slogan;

    public String description;

    @Column(nullable = false, updatable = false)
    public String district;

    @Column(name = "founder_volunteer_id", nullable = false, updatable = false)
    public UUID founderVolunteerId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
