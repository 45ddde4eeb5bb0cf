package org.volunteernet.brand.brand.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Brand")
public record BrandView(UUID id, String name, String slogan, String description, String district,
        UUID founderVolunteerId, List<UUID> leaderVolunteerIds, List<GroupSummary> groups,
        List<OrganizationView> organizations, Instant createdAt, long version) {

    @Schema(name = "GroupSummary")
    public record GroupSummary(UUID id, String name, UUID leaderVolunteerId, long members) {
    }

    @Schema(name = "Organization")
    public record OrganizationView(UUID id, String name, Instant joinedAt) {
    }

    /** One leader of a brand: what appointing a leader names in Location. */
    @Schema(name = "BrandLeader")
    public record LeaderView(UUID brandId, UUID volunteerId, Instant appointedAt) {
    }
}
