package org.volunteernet.common.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.EventCodec;

/** Publishes events to a real topic as another service's outbox relay would, for consumer tests. */
public final class TestEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public TestEvents() {
        this(KafkaTestClients.connection());
    }

    /** Publishing as another principal (end-to-end tests replay events onto the network's own topics as the operator). */
    public TestEvents(Properties connection) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    /** A CloudEvent for {@code data} with a fresh id, as the publishing service would write it. */
    public static byte[] cloudEvent(DomainEvent data, String source) {
        return EventCodec.serialize(EventCodec.envelope(UUID.randomUUID(), Instant.now(), source, data));
    }

    /** Sends with the content-type header the outbox relay sets, so consumers see exactly what production sends. */
    public void send(String topic, String key, byte[] message) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, message);
        record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    public void send(String topic, DomainEvent data, String source) {
        send(topic, data.aggregateId(), cloudEvent(data, source));
    }

    @Override
    public void close() {
        producer.close();
    }
}
