package org.volunteernet.reporting.projection.service;

import java.util.List;
import org.volunteernet.events.ReceivedEvent;

/**
 * One set of report tables kept current from the event streams. Called inside the transaction
 * that claimed the events in the inbox (a Kafka poll's, or a rebuild's batch), so an event is
 * applied to every projection once or not at all.
 * A projection must depend only on the order of one aggregate's events (the order Kafka keeps),
 * never on the order across aggregates or topics: a rebuild replays partitions side by side.
 */
public interface Projection {

    /** The events in their order. */
    void apply(List<ReceivedEvent> events);

    /** A projection that writes as each event comes, one after the other. */
    interface EventByEvent extends Projection {

        void apply(ReceivedEvent event);

        @Override
        default void apply(List<ReceivedEvent> events) {
            events.forEach(this::apply);
        }
    }
}
