package org.volunteernet.activity.schedule.rest;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;

@Schema(name = "Occurrence")
public record OccurrenceView(UUID id, UUID activityId, OffsetDateTime start, OffsetDateTime end, int capacity,
        int confirmed, int waitlisted, OccurrenceStatus status,
        @Schema(description = "Set when this occurrence takes place elsewhere than its activity") String place,
        String cancelReason,
        @Schema(description = "Completed or closed after the Decree 67 Art. 11 deadline (10 working days after the end)")
        boolean recordedLate,
        @Schema(description = "The note of an occurrence closed as held with nobody") String closedNote) {

    public static OccurrenceView of(Occurrence o, ZoneId zone) {
        return new OccurrenceView(o.id, o.activityId, o.start.atZone(zone).toOffsetDateTime(),
                o.end.atZone(zone).toOffsetDateTime(), o.capacity, o.confirmed, o.waitlisted, o.status, o.place,
                o.cancelReason, o.recordedLate, o.closedNote);
    }
}
