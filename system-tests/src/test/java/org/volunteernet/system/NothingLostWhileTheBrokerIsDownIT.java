package org.volunteernet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NothingLostWhileTheBrokerIsDownIT {

    static final int WRITES = 5;

    @Test
    void registrationsAcceptedWhileKafkaIsDownReachTheReportWhenItReturns() {
        String office = Network.token("admin-xiangfang");
        long before = Network.settledRegisteredVolunteers(Network.XIANGFANG);
        Network.stack("kafka.sh", "down");
        try {
            for (int i = 0; i < WRITES; i++) {
                Network.register(office, Network.XIANGFANG); // 201 although the broker is gone
            }
            assertThat(Network.registeredVolunteers(Network.XIANGFANG)).isEqualTo(before);
        } finally {
            Network.stack("kafka.sh", "up");
        }
        long restarted = System.nanoTime();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> Network.registeredVolunteers(Network.XIANGFANG) == before + WRITES);
        System.out.printf("nothing lost: %d registrations written while Kafka was down reached the report %.1f s after it returned%n",
                WRITES, (System.nanoTime() - restarted) / 1e9);
        assertThat(Network.settledRegisteredVolunteers(Network.XIANGFANG)).as("none counted twice").isEqualTo(before + WRITES);
    }
}
