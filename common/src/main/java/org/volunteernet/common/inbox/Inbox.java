package org.volunteernet.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
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
        return receiveAll(consumer, List.of(event)).stream().findFirst();
    }

    /**
     * Claims a batch of parsed events in one statement (a Kafka poll, a rebuild's batch): returns those this
     * consumer has not applied before, in their order, each once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReceivedEvent> receiveAll(String consumer, List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Set<UUID> claimed = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO processed_event (consumer, event_id, event_type)
                    SELECT ?, id, type FROM unnest(?::uuid[], ?::text[]) AS event(id, type)
                    ON CONFLICT DO NOTHING RETURNING event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", events.stream().map(ReceivedEvent::id).toArray()));
                insert.setArray(3, connection.createArrayOf("text", events.stream().map(e -> e.type().ceType()).toArray()));
                Set<UUID> ids = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
        List<ReceivedEvent> fresh = new ArrayList<>(claimed.size());
        for (ReceivedEvent event : events) {
            if (claimed.remove(event.id())) { // removed: a second copy in the same batch is not fresh
                fresh.add(event);
            }
        }
        LOG.debugf("%s skips %d of %d events: already applied", consumer, events.size() - fresh.size(), events.size());
        return fresh;
    }
}
