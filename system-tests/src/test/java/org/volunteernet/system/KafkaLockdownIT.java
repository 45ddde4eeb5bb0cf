package org.volunteernet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the event backbone is authenticated and authorised. An anonymous client gets nothing in
 * or out, a wrong password is refused, and a principal may do only what its ACLs allow: analysts
 * read the event topics and write nothing; a service writes its own topic and reads what it consumes.
 */
class KafkaLockdownIT {

    static final String FORGED = "{\"specversion\":\"1.0\",\"type\":\"forged\"}";

    static Properties quick(Properties config) {
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "4000");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "4000");
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "4000");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return config;
    }

    static void write(Properties config, String topic) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(quick(config), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "forged", FORGED.getBytes())).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (org.apache.kafka.common.KafkaException e) {
            // when the refused producer-id request comes back before send(), the idempotent producer is already in
            // its error state and send() throws that state, with the refusal as its cause (seen once in make test)
            throw e.getCause() instanceof AuthorizationException refusal ? refusal : e;
        }
    }

    static int read(Properties config, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(quick(config), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(4)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return consumer.poll(Duration.ofSeconds(2)).count();
        }
    }

    @Test
    void anAnonymousClientNeitherWritesNorReads() {
        Properties anonymous = new Properties();
        anonymous.put("bootstrap.servers", Network.KAFKA); // PLAINTEXT, no credentials
        assertThatThrownBy(() -> write(anonymous, "volunteer.events")).isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        Properties reader = new Properties();
        reader.put("bootstrap.servers", Network.KAFKA);
        assertThatThrownBy(() -> read(reader, "volunteer.events")).isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    }

    @Test
    void aWrongPasswordIsRefused() {
        Properties config = Network.kafka("volunteer-service");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"volunteer-service\" password=\"guessed\";");
        assertThatThrownBy(() -> write(config, "volunteer.events")).isInstanceOf(SaslAuthenticationException.class);
        assertThatThrownBy(() -> read(config, "volunteer.events")).isInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void anAnalystReadsTheEventTopicsAndWritesNothing() {
        assertThat(read(Network.kafka("analyst"), "volunteer.events")).isGreaterThanOrEqualTo(0);
        assertThatThrownBy(() -> write(Network.kafka("analyst"), "volunteer.events")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> read(Network.kafka("analyst"), "volunteer.events.dlq")).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aServiceWritesOnlyItsOwnTopicAndReadsOnlyWhatItConsumes() {
        // brand-service publishes brand.events and consumes volunteer.events only
        assertThatThrownBy(() -> write(Network.kafka("brand-service"), "volunteer.events")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> read(Network.kafka("brand-service"), "activity.events")).isInstanceOf(AuthorizationException.class);
        assertThat(read(Network.kafka("brand-service"), "volunteer.events")).isGreaterThanOrEqualTo(0);
        // volunteer-service consumes activity.events (service records) and brand.events (known work units, issue 18)
        assertThat(read(Network.kafka("volunteer-service"), "activity.events")).isGreaterThanOrEqualTo(0);
        assertThat(read(Network.kafka("volunteer-service"), "brand.events")).isGreaterThanOrEqualTo(0);
        assertThatThrownBy(() -> write(Network.kafka("volunteer-service"), "brand.events")).isInstanceOf(AuthorizationException.class);
    }

    /**
     * auto.create.topics.enable=false: writing to or reading from a topic that does not exist creates nothing,
     * neither for a service principal whose ACLs do not name it nor for the tests' principal, which may create
     * topics under "test." (ACL ALL on that prefix: only the broker's setting stops it there).
     */
    @Test
    void noTopicIsCreatedByAccident() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String ofAService = "volunteer.events.accidental-" + suffix;
        String underTest = "test.accidental-" + suffix;
        // volunteer-service's principal: not its topic, so not even described
        assertThatThrownBy(() -> write(Network.kafka("volunteer-service"), ofAService)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> read(Network.kafka("volunteer-service"), ofAService)).isInstanceOf(AuthorizationException.class);
        // the test harness' principal may do anything under test., creating topics included: the broker still does not
        assertThatThrownBy(() -> write(Network.kafka("test-harness"), underTest))
                .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class)
                .hasMessageContaining("not present in metadata");
        Properties consumer = Network.kafka("test-harness");
        consumer.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "true"); // the client asks; the broker must refuse
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "test-harness-accidental-" + suffix);
        try (KafkaConsumer<String, byte[]> subscriber = new KafkaConsumer<>(quick(consumer), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<org.apache.kafka.common.PartitionInfo> partitions;
            try {
                partitions = subscriber.partitionsFor(underTest, Duration.ofSeconds(4));
            } catch (org.apache.kafka.common.errors.TimeoutException unknown) {
                partitions = List.of();
            }
            assertThat(partitions).as("partitions of a topic nobody made").isEmpty();
            subscriber.subscribe(List.of(underTest));
            assertThat(subscriber.poll(Duration.ofSeconds(3)).count()).isZero();
        }
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Network.kafka("kafka-admin"))) {
            java.util.Set<String> topics = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                    .names().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(topics).isNotEmpty().contains("volunteer.events").doesNotContain(ofAService, underTest);
        }
    }
}
