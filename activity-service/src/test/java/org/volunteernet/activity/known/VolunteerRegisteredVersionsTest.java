package org.volunteernet.activity.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.events.VolunteerRegisteredV1;

/** VolunteerRegistered.v1, still on the topic, is learnt as v2 is: district and account subject, no number kept. */
@QuarkusTest
class VolunteerRegisteredVersionsTest {

    @Test
    @SuppressWarnings("deprecation")
    void aV1RegistrationStillOnTheTopicIsLearntLikeAV2One() {
        String district = Fixtures.freshDistrict();
        UUID id = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.send("test.volunteer.events", new VolunteerRegisteredV1(id, "V" + district + "00000099", district, "Xiangfang Street",
                    "FEMALE", 1961, List.of(), List.of(), null, "subject-" + id, Instant.now()), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> KnownVolunteer.findById(id) != null);
        KnownVolunteer known = QuarkusTransaction.requiringNew().call(() -> KnownVolunteer.findById(id));
        assertThat(known.district).isEqualTo(district);
        assertThat(known.accountSubject).isEqualTo("subject-" + id);
    }
}
