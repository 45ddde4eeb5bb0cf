package org.volunteernet.brand.group.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A volunteer's place in a group: asked, approved or declined, and whether they left or were removed. */
@Entity
@Table(name = "group_membership")
public class GroupMembership extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipStatus status;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    @Embeddable
    public record Key(@Column(name = "group_id") UUID groupId, @Column(name = "volunteer_id") UUID volunteerId)
            implements Serializable {
    }

    public static Optional<GroupMembership> locked(UUID groupId, UUID volunteerId) {
        return GroupMembership.<GroupMembership>findByIdOptional(new Key(groupId, volunteerId), LockModeType.PESSIMISTIC_WRITE);
    }

    public static long members(UUID groupId) {
        return count("key.groupId = ?1 and status = ?2", groupId, MembershipStatus.APPROVED);
    }
}
