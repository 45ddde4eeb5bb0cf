package org.volunteernet.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.ReceivedEvent;

/**
 * De-duplicates consumed events. The event id is recorded in {@code processed_event} in the same
 * transaction as the consumer's effect, so a redelivered event changes nothing, and two replicas
 * handed the same event cannot both apply it (the second waits on the first's row, then skips).
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager entityManager;

    /**
     * Parses a message and claims it for {@code consumer}. Empty when this consumer has applied the
     * event before. A message that is not a valid event throws
     * {@link org.volunteernet.events.InvalidEventException}, which sends it to the dead-letter topic.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReceivedEvent> receive(String consumer, byte[] message) {
        return receive(consumer, EventCodec.parse(message));
    }

    /**
     * As {@link #receive(String, byte[])} for a consumer that acts on some event types only. Other
     * types change nothing, so they are not recorded: no database work for the many events a
     * consumer merely passes over (a diary's deeds, for a service that only keeps a list of volunteers).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReceivedEvent> receive(String consumer, byte[] message, Set<Class<? extends DomainEvent>> wanted) {
        ReceivedEvent event = EventCodec.parse(message);
        return wanted.contains(event.data().getClass()) ? receive(consumer, event) : Optional.empty();
    }

    /**
     * Claims an event already parsed. For a caller that passes over invalid messages itself: an
     * exception leaving a transactional method marks the whole transaction for rollback.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReceivedEvent> receive(String consumer, ReceivedEvent event) {
        int claimed = entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type().ceType())
                .executeUpdate();
        if (claimed == 0) {
            LOG.debugf("%s skips %s %s: already applied", consumer, event.type().simpleName(), event.id());
            return Optional.empty();
        }
        return Optional.of(event);
    }
}
