package org.volunteernet.common.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.volunteernet.common.config.KafkaConnection;
import org.volunteernet.events.EventCodec;

/**
 * Publishes the outbox in order with an idempotent producer ({@code acks=all}) and marks rows
 * sent only after Kafka acknowledged them. While Kafka is unreachable it backs off and retries;
 * writes keep committing into the outbox meanwhile. A PostgreSQL advisory lock lets only one
 * replica of a service relay at a time, so rows are never published twice at once and each
 * aggregate's events keep their order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key for the relay; each service has its own database, so one constant suffices. */
    public static final long RELAY_LOCK = 0x766F6C6E6574L; // "volnet"
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry metrics;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private volatile Producer<String, byte[]> producer;
    private Counter published;
    private Counter failures;
    private long lastCleanup;

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled by configuration");
            return;
        }
        published = metrics.counter("volunteernet.outbox.published");
        failures = metrics.counter("volunteernet.outbox.publish.failures");
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        wakeUps.release();
        worker.join(config.sendTimeout().toMillis());
        producer.close(Duration.ofSeconds(5));
    }

    /** Called after a local commit that wrote outbox rows, so they go out without waiting for the next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    private Map<String, Object> producerProperties() {
        Map<String, Object> props = new HashMap<>(KafkaConnection.of(kafkaConfig));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 131072);
        int timeout = (int) config.sendTimeout().toMillis();
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 5000));
        // Longer than the relay waits for a batch: a record must never expire inside the producer while the
        // relay still waits, or the producer would drop it and go on with the records behind it (a gap in a
        // key's order: seen in FaultsIT when the broker was killed). The relay gives up first and discards the
        // producer with everything it still holds (discardProducer), then sends the whole batch again.
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2 * Math.max(timeout, 5000 + 5));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    private void relayUntilStopped() {
        long backoff = config.pollInterval().toMillis();
        boolean failing = false;
        while (running) {
            int sent;
            try {
                sent = relayBatch();
                if (failing) {
                    LOG.info("Outbox relay publishes again");
                    failing = false;
                }
                backoff = config.pollInterval().toMillis();
            } catch (Exception e) {
                failures.increment();
                if (!failing) {
                    LOG.warnf("Outbox relay cannot publish (%s); writes still commit and will be published once it recovers",
                            e.toString());
                    failing = true;
                }
                sleep(backoff);
                backoff = Math.min(backoff * 2, config.maxBackoff().toMillis());
                continue;
            }
            if (sent < config.batchSize()) {
                awaitWork();
            }
        }
    }

    private void awaitWork() {
        try {
            if (wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS) && !config.gather().isZero()) {
                // gather the commits of the next few milliseconds into the same batch: one relay
                // transaction, one Kafka request and one fetch per consumer for many events
                Thread.sleep(config.gather().toMillis());
            }
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record PendingRow(long id, String topic, String key, byte[] payload) {
    }

    /** Publishes one batch in one transaction; returns how many rows it sent. */
    int relayBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<PendingRow> rows = pendingRowsUnderRelayLock(connection);
                if (rows == null) { // another replica relays
                    connection.rollback();
                    return 0;
                }
                if (rows.isEmpty()) {
                    cleanUpSentRows(connection);
                    connection.commit();
                    return 0;
                }
                sendAll(rows);
                markSent(connection, rows);
                connection.commit();
                published.increment(rows.size());
                return rows.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Takes the relay's advisory lock and reads the next batch in one round trip (the lock is taken
     * once, before any row is read). Null when another replica holds the lock.
     */
    private List<PendingRow> pendingRowsUnderRelayLock(Connection connection) throws SQLException {
        List<PendingRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                WITH relay AS MATERIALIZED (SELECT pg_try_advisory_xact_lock(?) AS held)
                SELECT relay.held, o.id, o.topic, o.message_key, o.payload::text
                FROM relay LEFT JOIN LATERAL (
                    SELECT id, topic, message_key, payload FROM outbox_event
                    WHERE relay.held AND sent_at IS NULL ORDER BY id LIMIT ?) o ON true""")) {
            select.setLong(1, RELAY_LOCK);
            select.setInt(2, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getBoolean(1)) {
                        return null;
                    }
                    if (rs.getObject(2) != null) {
                        rows.add(new PendingRow(rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5).getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return rows;
    }

    private void sendAll(List<PendingRow> rows) throws Exception {
        try {
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (PendingRow row : rows) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
                record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record)); // throws when no metadata comes within max.block.ms: the broker is away
            }
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (Exception e) {
            discardProducer();
            throw e;
        }
    }

    /**
     * Drops the producer and what it still holds after a failed batch, and starts a new one. Without this, records
     * of the failed batch could still be written after some of them failed, so a key's events would reach the topic
     * with a gap, and the batch sent again would put the missing ones after their successors. Closing with no wait
     * aborts every record not yet written; the retry then sends the whole batch in order (consumers' inboxes drop
     * the ones already written).
     */
    private void discardProducer() {
        try {
            producer.close(Duration.ZERO);
        } catch (RuntimeException e) {
            LOG.debugf("Closing the failed producer: %s", e);
        }
        producer = new KafkaProducer<>(producerProperties());
    }

    private static void markSent(Connection connection, List<PendingRow> rows) throws SQLException {
        Long[] ids = rows.stream().map(PendingRow::id).toArray(Long[]::new);
        Array idArray = connection.createArrayOf("bigint", ids);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)")) {
            update.setArray(1, idArray);
            update.executeUpdate();
        }
    }

    private void cleanUpSentRows(Connection connection) throws SQLException {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < CLEANUP_EVERY.toMillis()) {
            return;
        }
        lastCleanup = now;
        try (Statement delete = connection.createStatement()) {
            int deleted = delete.executeUpdate("DELETE FROM outbox_event WHERE sent_at < now() - interval '"
                    + config.retention().toSeconds() + " seconds'");
            if (deleted > 0) {
                LOG.debugf("Deleted %d published outbox rows past retention", deleted);
            }
        }
    }
}
