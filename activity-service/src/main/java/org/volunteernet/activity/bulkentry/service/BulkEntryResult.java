package org.volunteernet.activity.bulkentry.service;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an uploaded participant sheet did. */
@Schema(name = "BulkEntryResult")
public record BulkEntryResult(
        UUID occurrenceId,
        @Schema(description = "Participant rows in the file") int rows,
        @Schema(description = "Of them, walk-ins (no confirmed seat)") int walkIns,
        @Schema(description = "Entered after the Decree 67 Art. 11 deadline (10 working days)") boolean late,
        LocalDate recordDeadline,
        @Schema(description = "true when the occurrence was already completed with exactly these rows: nothing changed, "
                + "nothing published") boolean unchanged) {
}
