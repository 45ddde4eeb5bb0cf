package org.volunteernet.reporting.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.common.inbox.PollConsumer;
import org.volunteernet.reporting.projection.service.ProjectionGate;
import org.volunteernet.reporting.projection.service.Projections;

/**
 * Feeds volunteer.events, activity.events and brand.events into the projections a poll at a time
 * (the channels are in batch mode): the poll's events in partition order, in one transaction,
 * waiting while a rebuild runs. One commit per poll instead of one per event keeps the report a
 * few milliseconds behind the writes at hundreds of events a second. Poison and failing events
 * are dead-lettered as {@link PollConsumer} describes.
 */
@ApplicationScoped
public class EventsConsumer {

    @Inject
    Projections projections;

    @Inject
    ProjectionGate gate;

    @Inject
    PollConsumer polls;

    @Incoming("volunteer-events")
    @Blocking
    public void volunteerEvents(ConsumerRecords<String, byte[]> records) {
        consume(records);
    }

    @Incoming("activity-events")
    @Blocking
    public void activityEvents(ConsumerRecords<String, byte[]> records) {
        consume(records);
    }

    @Incoming("brand-events")
    @Blocking
    public void brandEvents(ConsumerRecords<String, byte[]> records) {
        consume(records);
    }

    private void consume(ConsumerRecords<String, byte[]> records) {
        PollConsumer.Poll poll = polls.parse(records, PollConsumer.ALL);
        if (!poll.isEmpty()) {
            gate.live(() -> polls.apply(poll, projections::applyAll));
        }
    }
}
