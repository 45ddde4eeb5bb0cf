package org.volunteernet.common.inbox;

import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.volunteernet.common.config.KafkaConnection;

/**
 * Sends a consumed record that cannot be applied to {@code <topic>.dlq}, with the headers the
 * connector's own dead-letter strategy writes (dead-letter-reason, -cause, -topic, -partition,
 * -offset). A batch consumer ({@link PollConsumer}) needs it: the connector can only dead-letter a whole poll.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private volatile Producer<String, byte[]> producer;

    /** Sends and waits for the broker's acknowledgement, so that the record's offset is committed only once it is kept. */
    public void send(ConsumerRecord<String, byte[]> record, Throwable reason) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(record.topic() + ".dlq", record.key(), record.value());
        dead.headers().add("dead-letter-reason", text(reason.getMessage() == null ? reason.toString() : reason.getMessage()));
        if (reason.getCause() != null && reason.getCause().getMessage() != null) {
            dead.headers().add("dead-letter-cause", text(reason.getCause().getMessage()));
        }
        dead.headers().add("dead-letter-topic", text(record.topic()));
        dead.headers().add("dead-letter-partition", text(Integer.toString(record.partition())));
        dead.headers().add("dead-letter-offset", text(Long.toString(record.offset())));
        try {
            producer().send(dead).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + record.topic() + "/" + record.partition() + "@" + record.offset(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot dead-letter " + record.topic() + "/" + record.partition() + "@" + record.offset(), e);
        }
        LOG.warnf("%s/%d@%d sent to %s: %s", record.topic(), record.partition(), record.offset(), dead.topic(), reason.getMessage());
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = new HashMap<>(KafkaConnection.of(kafkaConfig));
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-dead-letters");
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
                    producer = new KafkaProducer<>(props);
                }
            }
        }
        return producer;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
