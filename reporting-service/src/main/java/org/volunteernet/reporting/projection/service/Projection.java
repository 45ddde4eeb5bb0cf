package org.volunteernet.reporting.projection.service;

import java.util.List;
import org.volunteernet.events.ReceivedEvent;

/**
 * One set of report tables kept current from the event streams. Called inside the transaction
 * that claimed the event in the inbox, so an event is applied to every projection once or not at all.
 * A projection must depend only on the order of one aggregate's events (the order Kafka keeps),
 * never on the order across aggregates or topics: a rebuild replays partitions side by side.
 */
public interface Projection {

    void apply(ReceivedEvent event);

    /** A batch of events, in order (a rebuild's); a projection that writes per batch overrides it. */
    default void apply(List<ReceivedEvent> events) {
        events.forEach(this::apply);
    }
}
