package org.volunteernet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.VolunteerRegistered;

class NothingDoubledIT {

    @Test
    void theSameEventDeliveredTwiceMovesTheCountOnce() {
        String office = Network.token("admin-daoli");
        long before = Network.settledRegisteredVolunteers(Network.DAOLI);
        ConsumerRecord<String, byte[]> published;
        try (TopicProbe probe = TopicProbe.open("volunteer.events", Network.kafka("kafka-admin"))) {
            String id = Network.register(office, Network.DAOLI);
            published = probe.await(r -> id.equals(r.key()), Duration.ofSeconds(30));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Network.registeredVolunteers(Network.DAOLI) == before + 1);

        try (TestEvents events = new TestEvents(Network.kafka("kafka-admin"))) {
            events.send("volunteer.events", published.key(), published.value()); // the very same event again
            // a distinct event behind it on the same partition: when it has counted, the duplicate was consumed
            VolunteerRegistered original = EventCodec.parse(published.value()).dataAs(VolunteerRegistered.class);
            VolunteerRegistered marker = new VolunteerRegistered(original.volunteerId(),
                    Network.DAOLI, List.of(), List.of(), null, null, Instant.now());
            events.send("volunteer.events", published.key(),
                    EventCodec.serialize(EventCodec.envelope(UUID.randomUUID(), Instant.now(), "/system-tests", marker)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Network.registeredVolunteers(Network.DAOLI) >= before + 2);
        assertThat(Network.settledRegisteredVolunteers(Network.DAOLI)).isEqualTo(before + 2);
    }
}
