package org.volunteernet.activity.known.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.volunteernet.activity.certification.service.CertifiedHoursProjection;
import org.volunteernet.activity.known.service.KnownViewsProjection;
import org.volunteernet.common.inbox.PollConsumer;
import org.volunteernet.events.DomainEvent;

/**
 * volunteer.events and brand.events into the local views, a poll at a time (the channels are in
 * batch mode), each in partition order; volunteer.events also into the certified hours of the rosters
 * ({@link CertifiedHoursProjection}), from the same poll (one channel, one consumer group) but applied on its
 * own, with its own inbox. The many events neither needs (every deed) are passed over in memory; poison and
 * failing events are dead-lettered as {@link PollConsumer} says.
 */
@ApplicationScoped
public class KnownViewsConsumer {

    @Inject
    KnownViewsProjection views;

    @Inject
    CertifiedHoursProjection certified;

    @Inject
    PollConsumer polls;

    private static final Set<Class<? extends DomainEvent>> VOLUNTEER_EVENTS_WANTED = Stream.concat(
            KnownViewsProjection.WANTED.stream(), CertifiedHoursProjection.WANTED.stream()).collect(Collectors.toUnmodifiableSet());

    @Incoming("volunteer-events")
    @Blocking
    public void volunteerEvents(ConsumerRecords<String, byte[]> records) {
        PollConsumer.Poll poll = polls.parse(records, VOLUNTEER_EVENTS_WANTED);
        polls.apply(poll.only(KnownViewsProjection.WANTED), views::applyAll);
        polls.apply(poll.only(CertifiedHoursProjection.WANTED), certified::applyAll);
    }

    @Incoming("brand-events")
    @Blocking
    public void brandEvents(ConsumerRecords<String, byte[]> records) {
        polls.consume(records, KnownViewsProjection.WANTED, views::applyAll);
    }
}
