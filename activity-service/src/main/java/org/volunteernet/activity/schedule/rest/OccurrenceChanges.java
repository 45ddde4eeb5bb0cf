package org.volunteernet.activity.schedule.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.schedule.service.CancelOccurrence;
import org.volunteernet.activity.schedule.service.RescheduleOccurrence;
import org.volunteernet.common.validation.PlainText;

/** Request bodies for changing occurrences. */
public final class OccurrenceChanges {

    private OccurrenceChanges() {
    }

    @Schema(name = "CancellationScope")
    public enum Scope {
        /** This occurrence only. */
        THIS,
        /** This occurrence and every later one of its series. */
        FOLLOWING
    }

    @Schema(name = "CancellationRequest")
    public record Cancellation(@NotNull Scope scope, @NotBlank @Size(max = 500) @PlainText String reason) {

        public CancelOccurrence toCommand() {
            return new CancelOccurrence(CancelOccurrence.Scope.valueOf(scope.name()), reason);
        }
    }

    /** Moves one occurrence; fields left out keep their value. */
    @Schema(name = "RescheduleRequest")
    public record Reschedule(OffsetDateTime start, OffsetDateTime end, @Size(max = 300) @PlainText String place) {

        public RescheduleOccurrence toCommand() {
            return new RescheduleOccurrence(start, end, place);
        }
    }
}
