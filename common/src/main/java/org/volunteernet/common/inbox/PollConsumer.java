package org.volunteernet.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.InvalidEventException;
import org.volunteernet.events.ReceivedEvent;

/**
 * A Kafka poll consumed as one batch (a channel with {@code batch=true}): every record parsed, a
 * record that is not a valid event dead-lettered with its reason, and the events the consumer acts
 * on applied together, in partition order, by one call of its handler (one transaction) under the
 * one retry policy ({@link InboundRetry}). A batch that still fails is applied event by event, and an
 * event that fails alone is dead-lettered. Events of other types are passed over in memory: no
 * transaction and no database work for the many events a consumer does not act on (every deed, for
 * a service that keeps a list of volunteers).
 */
@ApplicationScoped
public class PollConsumer {

    private static final Logger LOG = Logger.getLogger(PollConsumer.class);

    @Inject
    InboundRetry retry;

    @Inject
    DeadLetters deadLetters;

    /** A poll's valid events of the wanted types, each with the record it came in. */
    public record Poll(List<ConsumerRecord<String, byte[]>> records, List<ReceivedEvent> events) {
        public boolean isEmpty() {
            return events.isEmpty();
        }

        /**
         * The events of the {@code wanted} types, with their records, in order: one parse of a poll shared by
         * several handlers of one channel, each applied on its own ({@link #apply}).
         */
        public Poll only(Set<Class<? extends DomainEvent>> wanted) {
            List<ConsumerRecord<String, byte[]>> kept = new ArrayList<>(records.size());
            List<ReceivedEvent> keptEvents = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                if (wanted.contains(events.get(i).data().getClass())) {
                    kept.add(records.get(i));
                    keptEvents.add(events.get(i));
                }
            }
            return new Poll(kept, keptEvents);
        }
    }

    /** Every event type. */
    public static final Set<Class<? extends DomainEvent>> ALL = Set.of();

    /**
     * Parses a poll; dead-letters what is not a valid event.
     *
     * @param wanted the event types the consumer acts on; {@link #ALL} for every type
     */
    public Poll parse(ConsumerRecords<String, byte[]> records, Set<Class<? extends DomainEvent>> wanted) {
        List<ConsumerRecord<String, byte[]>> kept = new ArrayList<>(records.count());
        List<ReceivedEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            ReceivedEvent event;
            try {
                event = EventCodec.parse(record.value());
            } catch (InvalidEventException e) {
                deadLetters.send(record, e);
                continue;
            }
            if (wanted.isEmpty() || wanted.contains(event.data().getClass())) {
                kept.add(record);
                events.add(event);
            }
        }
        return new Poll(kept, events);
    }

    /** Applies a parsed poll through the handler (which owns its transaction); nothing at all when it is empty. */
    public void apply(Poll poll, Consumer<List<ReceivedEvent>> handler) {
        if (poll.isEmpty()) {
            return;
        }
        try {
            retry.handleAll(handler, poll.events());
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "a batch of %d events failed; applying them one by one", poll.events().size());
            for (int i = 0; i < poll.events().size(); i++) {
                try {
                    retry.handleAll(handler, List.of(poll.events().get(i)));
                } catch (RuntimeException e) {
                    deadLetters.send(poll.records().get(i), e);
                }
            }
        }
    }

    /** {@link #parse} then {@link #apply}. */
    public void consume(ConsumerRecords<String, byte[]> records, Set<Class<? extends DomainEvent>> wanted,
            Consumer<List<ReceivedEvent>> handler) {
        apply(parse(records, wanted), handler);
    }
}
