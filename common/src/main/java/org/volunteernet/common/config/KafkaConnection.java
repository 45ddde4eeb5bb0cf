package org.volunteernet.common.config;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the broker is and how to authenticate to it, taken from the service's default Kafka
 * configuration ({@code kafka.*}, the "default-kafka-broker" map), for the clients a service builds
 * itself (outbox relay, dead letters, rebuild): the same principal and protocol as its channels.
 */
public final class KafkaConnection {

    private KafkaConnection() {
    }

    /** {@code bootstrap.servers}, {@code security.protocol}, {@code sasl.*} and {@code ssl.*} of {@code defaultBroker}. */
    public static Map<String, Object> of(Map<String, Object> defaultBroker) {
        Map<String, Object> connection = new HashMap<>();
        defaultBroker.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                connection.put(key, value);
            }
        });
        return connection;
    }
}
