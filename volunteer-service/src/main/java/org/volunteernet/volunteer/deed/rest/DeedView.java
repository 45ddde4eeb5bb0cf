package org.volunteernet.volunteer.deed.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.deed.domain.Deed;

@Schema(name = "Deed")
public record DeedView(UUID id, UUID volunteerId, LocalDate date, String category, String description, int minutes,
        boolean atPost, @Schema(description = "Witnessed by an organizer or district office") boolean verified,
        Instant recordedAt) {

    public static DeedView of(Deed deed) {
        return new DeedView(deed.id, deed.volunteerId, deed.date, deed.category, deed.description, deed.minutes,
                deed.atPost, deed.verified, deed.recordedAt);
    }
}
