package org.volunteernet.volunteer.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.outbox.OutboxRelay;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.volunteer.Registrations;

/** The outbox relay as another replica of the same service would see it. */
@QuarkusTest
class OutboxRelayTest {

    static final String TOPIC = "test.volunteer.events";

    @Inject
    AgroalDataSource dataSource;

    private static String register(Map<String, Object> body, int expectedStatus) {
        return given().auth().oauth2(TestTokens.user("230110", "district-admin").token())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(expectedStatus)
                .extract().path("id");
    }

    private long outboxRows() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox_event");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Object sentAt(String volunteerId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT sent_at FROM outbox_event WHERE message_key = ?")) {
            s.setString(1, volunteerId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("outbox row for %s", volunteerId).isTrue();
                return rs.getObject(1);
            }
        }
    }

    @Test
    void whileAnotherReplicaHoldsTheRelayLockThisOneWaitsAndTheEventIsPublishedOnce() throws Exception {
        String id;
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            try (Connection otherReplica = dataSource.getConnection()) {
                otherReplica.setAutoCommit(false);
                try (PreparedStatement lock = otherReplica.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, OutboxRelay.RELAY_LOCK);
                    lock.execute();
                }
                id = register(Registrations.body("230110"), 201);
                String waiting = id;
                assertThatThrownBy(() -> probe.await(r -> waiting.equals(r.key()), Duration.ofSeconds(3)))
                        .as("nothing is published while another replica relays").isInstanceOf(AssertionError.class);
                assertThat(sentAt(id)).isNull();
                otherReplica.commit(); // releases the lock
            }
            String published = id;
            probe.await(r -> published.equals(r.key()), Duration.ofSeconds(20));
            List<ConsumerRecord<String, byte[]>> all = probe.drain(Duration.ofSeconds(2));
            assertThat(all).filteredOn(r -> published.equals(r.key())).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> sentAt(id) != null);
    }

    @Test
    void aRefusedWriteAddsNoOutboxRow() throws Exception {
        Map<String, Object> body = Registrations.body("230110");
        register(body, 201);
        long before = outboxRows();
        register(body, 409); // the same ID number again
        assertThat(outboxRows()).isEqualTo(before);
    }
}
