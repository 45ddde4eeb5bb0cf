package org.volunteernet.activity.known.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A volunteer leading a brand, as activity-service learns of it from BrandLeaderAppointed / Dismissed. */
@Entity
@Table(name = "known_brand_leader")
public class KnownBrandLeader extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "brand_id") UUID brandId, @Column(name = "volunteer_id") UUID volunteerId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    /** Whether the account (token subject) belongs to a volunteer who leads the brand. */
    public static boolean leads(String accountSubject, UUID brandId) {
        return brandId != null && count("""
                key.brandId = ?1 and key.volunteerId in (select v.volunteerId from KnownVolunteer v where v.accountSubject = ?2)""",
                brandId, accountSubject) > 0;
    }
}
