package org.volunteernet.brand.brand.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A volunteer who leads a brand: the founder by default, others appointed by the district office. */
@Entity
@Table(name = "brand_leader")
public class BrandLeader extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "appointed_by", nullable = false)
    public String appointedBy;

    @Column(name = "appointed_at", nullable = false)
    public Instant appointedAt;

    @Embeddable
    public record Key(@Column(name = "brand_id") UUID brandId, @Column(name = "volunteer_id") UUID volunteerId)
            implements Serializable {
    }

    public static boolean leads(UUID volunteerId, UUID brandId) {
        return count("key.brandId = ?1 and key.volunteerId = ?2", brandId, volunteerId) > 0;
    }

    public static List<UUID> of(UUID brandId) {
        return BrandLeader.<BrandLeader>list("key.brandId = ?1 order by appointedAt", brandId).stream()
                .map(l -> l.key.volunteerId()).toList();
    }
}
