package org.volunteernet.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes. */
@ConfigMapping(prefix = "volunteernet.outbox")
public interface OutboxConfig {

    /** Run the relay in this process. Off only for tools that must not publish. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows written by another replica; local commits wake it at once. */
    @WithDefault("250ms")
    Duration pollInterval();

    /**
     * After a local commit wakes the relay, how long it waits for more commits before it reads the
     * batch. Under load this turns one relay transaction and one Kafka request per event into one
     * per few events; it adds at most this much to the time from the API's answer to Kafka.
     */
    @WithDefault("5ms")
    Duration gather();

    /** Rows published per transaction. */
    @WithDefault("500")
    int batchSize();

    /** Longest wait between attempts while Kafka is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long published rows are kept for inspection before they are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** Kafka producer timeout for one batch; a batch not acknowledged by then is retried whole. */
    @WithDefault("15s")
    Duration sendTimeout();
}
