package org.volunteernet.volunteer.registration.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.registration.domain.NameChange;

/** One correction of a volunteer's real name, as kept in the profile's history. */
@Schema(name = "NameChange")
public record NameChangeView(UUID id, String oldName, String newName, String reason,
        @Schema(description = "Token subject of the office account that corrected it") String changedBy,
        Instant changedAt) {

    public static NameChangeView of(NameChange change) {
        return new NameChangeView(change.id, change.oldName, change.newName, change.reason, change.changedBy,
                change.changedAt);
    }
}
