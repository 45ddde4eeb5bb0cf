package org.volunteernet.activity.known.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.activity.known.service.KnownViewsProjection;
import org.volunteernet.common.inbox.PollConsumer;

/**
 * volunteer.events and brand.events into the local views, a poll at a time (the channels are in
 * batch mode), each in partition order. The many events the views do not need (every deed) are
 * passed over in memory; poison and failing events are dead-lettered as {@link PollConsumer} says.
 */
@ApplicationScoped
public class KnownViewsConsumer {

    @Inject
    KnownViewsProjection views;

    @Inject
    PollConsumer polls;

    @Incoming("volunteer-events")
    @Blocking
    public void volunteerEvents(ConsumerRecords<String, byte[]> records) {
        polls.consume(records, KnownViewsProjection.WANTED, views::applyAll);
    }

    @Incoming("brand-events")
    @Blocking
    public void brandEvents(ConsumerRecords<String, byte[]> records) {
        polls.consume(records, KnownViewsProjection.WANTED, views::applyAll);
    }
}
