package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An occurrence stopped being due for a record without one: cancelled (before or after its start,
 * whether or not anyone held a seat) or closed as held with nobody. One event per occurrence.
 * Reporting closes the occurrence's overdue count with it, as with ActivityCompleted, so that the
 * district report and {@code GET /occurrences/overdue} agree (issue 15: one definition of overdue).
 * Brand regularity counts it as due and not held.
 */
public record OccurrenceClosed(
        UUID occurrenceId,
        UUID activityId,
        String district,
        UUID brandId,
        Outcome outcome,
        Instant closedAt) implements DomainEvent {

    /** How the occurrence was closed. */
    public enum Outcome {
        CANCELLED,
        HELD_WITH_NOBODY
    }

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }
}
