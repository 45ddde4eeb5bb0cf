package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A recurring activity has no occurrences from {@code endsAt} on: its organizer cancelled "this and
 * the following" occurrences. Consumers that expand the series (reports counting how many
 * occurrences were due) stop there.
 */
public record ActivitySeriesEnded(
        UUID activityId,
        String district,
        UUID brandId,
        Instant endsAt,
        String reason,
        Instant endedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId.toString();
    }
}
