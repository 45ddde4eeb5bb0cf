package org.volunteernet.brand.brand.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A volunteer service organization coordinated under a brand. */
@Entity
@Table(name = "member_organization")
public class MemberOrganization extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "brand_id", nullable = false, updatable = false)
    public UUID brandId;

    @Column(nullable = false)
    public String name;

    /** The name as uniqueness sees it ({@link org.volunteernet.common.validation.NameKey}), unique in its scope. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    public String contact;

    @Column(name = "joined_at", nullable = false, updatable = false)
    public Instant joinedAt;
}
