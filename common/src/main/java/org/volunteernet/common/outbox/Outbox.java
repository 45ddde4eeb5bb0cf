package org.volunteernet.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.volunteernet.common.config.MessagingConfig;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.EventType;

/**
 * Records events in the caller's transaction, so that a state change and its events commit or
 * roll back together. The {@link OutboxRelay} publishes them after the commit.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager entityManager;

    @Inject
    MessagingConfig messaging;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Adds an event to the current transaction's outbox and returns its CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        EventType type = EventType.of(event);
        UUID id = UUID.randomUUID();
        byte[] cloudEvent = EventCodec.serialize(EventCodec.envelope(id, NetworkClock.now(), messaging.source(), event));
        // Flush the state first: its row locks are then taken before the outbox row gets its
        // sequence number, so events of one aggregate are numbered in commit order.
        entityManager.flush();
        OutboxEvent row = new OutboxEvent();
        row.eventId = id;
        row.topic = messaging.topicName(type.topic());
        row.messageKey = event.aggregateId();
        row.eventType = type.ceType();
        row.payload = new String(cloudEvent, StandardCharsets.UTF_8);
        row.createdAt = NetworkClock.now();
        entityManager.persist(row); // identity column: inserted now, numbered after the flushed state
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return id;
    }
}
