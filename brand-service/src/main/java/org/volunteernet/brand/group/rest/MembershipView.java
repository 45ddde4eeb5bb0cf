package org.volunteernet.brand.group.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.brand.group.domain.GroupMembership;
import org.volunteernet.brand.group.domain.MembershipStatus;

@Schema(name = "Membership")
public record MembershipView(UUID groupId, UUID volunteerId, MembershipStatus status, Instant requestedAt,
        String decisionReason, Instant decidedAt) {

    public static MembershipView of(GroupMembership m) {
        return new MembershipView(m.key.groupId(), m.key.volunteerId(), m.status, m.requestedAt, m.decisionReason, m.decidedAt);
    }
}
