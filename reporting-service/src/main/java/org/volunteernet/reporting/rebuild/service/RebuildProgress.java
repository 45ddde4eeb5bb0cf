package org.volunteernet.reporting.rebuild.service;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a rebuild of the report tables stands. */
@Schema(name = "Rebuild")
public record RebuildProgress(
        UUID id,
        @Schema(description = "RUNNING, DONE or FAILED") State state,
        @Schema(description = "Events in the three topics when the rebuild started (what it replays)") long totalEvents,
        @Schema(description = "Messages replayed so far") long replayedEvents,
        @Schema(description = "Messages passed over because they are not valid events (they sit in the dead-letter topics)") long invalidMessages,
        @Schema(description = "Replayed messages per second so far") long eventsPerSecond,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Why it failed; the reports are incomplete until a rebuild succeeds") String failure) {

    @Schema(name = "RebuildState")
    public enum State { RUNNING, DONE, FAILED }
}
