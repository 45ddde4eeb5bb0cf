package org.volunteernet.brand.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.brand.KnownVolunteers;
import org.volunteernet.brand.volunteer.domain.KnownVolunteer;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.VolunteerAccountLinked;

/** Issue 14: brand-service recognises the account that claimed a record the office registered without one. */
@QuarkusTest
class AccountLinkedTest {

    @Test
    void theClaimedAccountBecomesTheVolunteersAndAnEarlierLinkStays() {
        String district = KnownVolunteers.freshDistrict();
        UUID volunteer = UUID.randomUUID();
        TestTokens.User account = TestTokens.user(district, "volunteer");
        TestTokens.User later = TestTokens.user(district, "volunteer");
        try (TestEvents events = new TestEvents()) {
            events.send(KnownVolunteers.TOPIC, KnownVolunteers.registration(volunteer, district, null, null), "/volunteer-service");
            events.send(KnownVolunteers.TOPIC, new VolunteerAccountLinked(volunteer, district, account.subject(), Instant.now()),
                    "/volunteer-service");
            events.send(KnownVolunteers.TOPIC, new VolunteerAccountLinked(volunteer, district, later.subject(), Instant.now()),
                    "/volunteer-service");
        }
        // read in transactions of their own, so that each poll sees the database, not an earlier read's entity
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> KnownVolunteer.bySubject(account.subject()).map(v -> v.volunteerId).orElse(null)), volunteer::equals);
        // the three events share the volunteer's key, so they were applied in order: the first link holds
        assertThat(QuarkusTransaction.requiringNew().call(() -> KnownVolunteer.bySubject(later.subject()))).isEmpty();
    }
}
