package org.volunteernet.brand.workunit.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.brand.workunit.domain.WorkUnitKind;

@Schema(name = "WorkUnit")
public record WorkUnitView(UUID id, String name, WorkUnitKind kind, String district, Instant registeredAt,
        @Schema(description = "Registered volunteers who named this unit") long memberCount,
        @Schema(description = "The first 500 members, the earliest registered first (memberCount counts all); every "
                + "member, page by page: GET /work-units/{id}/members") List<Member> members) {

    @Schema(name = "WorkUnitMember")
    public record Member(UUID volunteerId, String post) {
    }
}
