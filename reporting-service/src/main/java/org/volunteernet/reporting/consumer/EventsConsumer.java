package org.volunteernet.reporting.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.volunteernet.common.inbox.InboundRetry;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.InvalidEventException;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.reporting.projection.service.ProjectionGate;
import org.volunteernet.reporting.projection.service.Projections;

/**
 * Feeds volunteer.events, activity.events and brand.events into the projections a poll at a time
 * (the channels are in batch mode): the poll's events in partition order, in one transaction,
 * waiting while a rebuild runs. One commit per poll instead of one per event keeps the report a
 * few milliseconds behind the writes at hundreds of events a second.
 * A message that is not a valid event goes to the dead-letter topic with its reason; a database
 * failure (PostgreSQL restarting) is retried for up to a minute; a batch that still fails is
 * applied event by event, and an event that fails alone is dead-lettered with its reason.
 */
@ApplicationScoped
public class EventsConsumer {

    private static final Logger LOG = Logger.getLogger(EventsConsumer.class);

    @Inject
    Projections projections;

    @Inject
    ProjectionGate gate;

    @Inject
    InboundRetry retry;

    @Inject
    DeadLetters deadLetters;

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
        List<ConsumerRecord<String, byte[]>> valid = new ArrayList<>(records.count());
        List<ReceivedEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(EventCodec.parse(record.value()));
                valid.add(record);
            } catch (InvalidEventException e) {
                deadLetters.send(record, e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        gate.live(() -> {
            try {
                retry.handleAll(projections::applyAll, events);
            } catch (RuntimeException batchFailed) {
                LOG.warnf(batchFailed, "a batch of %d events failed; applying them one by one", events.size());
                for (int i = 0; i < events.size(); i++) {
                    try {
                        retry.handleAll(projections::applyAll, List.of(events.get(i)));
                    } catch (RuntimeException e) {
                        deadLetters.send(valid.get(i), e);
                    }
                }
            }
        });
    }
}
