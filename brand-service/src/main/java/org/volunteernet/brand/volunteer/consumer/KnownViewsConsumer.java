package org.volunteernet.brand.volunteer.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.brand.volunteer.service.KnownViewsProjection;
import org.volunteernet.common.inbox.PollConsumer;

/**
 * volunteer.events into the local view of volunteers, a poll at a time (the channel is in batch
 * mode), in partition order. The many events the view does not need (every deed) are passed over
 * in memory; poison and failing events are dead-lettered as {@link PollConsumer} says.
 */
@ApplicationScoped
public class KnownViewsConsumer {

    @Inject
    KnownViewsProjection views;

    @Inject
    PollConsumer polls;

    @Incoming("volunteer-events")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        polls.consume(records, KnownViewsProjection.WANTED, views::applyAll);
    }
}
