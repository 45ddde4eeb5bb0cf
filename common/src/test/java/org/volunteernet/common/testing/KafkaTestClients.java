package org.volunteernet.common.testing;

import java.util.Properties;

/**
 * How the services' tests reach the broker: as the principal {@code test-harness}, which may publish
 * to and read the "test." topics only (deploy/local/kafka/KafkaAdmin.java). The address comes from
 * {@code kafka.bootstrap.servers} or KAFKA_BOOTSTRAP_SERVERS, the password from
 * VOLUNTEERNET_KAFKA_PASSWORD_TEST_HARNESS, else the local-development default.
 */
public final class KafkaTestClients {

    private KafkaTestClients() {
    }

    public static Properties connection() {
        Properties props = new Properties();
        props.put("bootstrap.servers", System.getProperty("kafka.bootstrap.servers",
                System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")));
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"test-harness\" password=\""
                + System.getenv().getOrDefault("VOLUNTEERNET_KAFKA_PASSWORD_TEST_HARNESS", "test-harness-local-dev-only") + "\";");
        return props;
    }
}
