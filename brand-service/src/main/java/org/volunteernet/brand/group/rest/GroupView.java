package org.volunteernet.brand.group.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Group")
public record GroupView(UUID id, UUID brandId, String name, UUID leaderVolunteerId, long members, Instant formedAt) {
}
