package org.volunteernet.brand;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.volunteernet.brand.volunteer.domain.KnownVolunteer;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.VolunteerRegistered;

/** Volunteers made known to brand-service the way production does it: VolunteerRegistered on volunteer.events. */
public final class KnownVolunteers {

    public static final String TOPIC = "test.volunteer.events";

    private KnownVolunteers() {
    }

    /** A registered volunteer and the account they call with. */
    public record Known(UUID id, TestTokens.User user) {
        public String token() {
            return user.token();
        }
    }

    public static String freshDistrict() {
        return org.volunteernet.common.testing.TestDistricts.fresh();
    }

    public static VolunteerRegistered registration(UUID id, String district, String subject, UUID workUnitId) {
        return new VolunteerRegistered(id, district, List.of(),
                List.of(), workUnitId, subject, Instant.now());
    }

    public static Known register(String district, String... roles) {
        return register(district, null, roles);
    }

    public static Known register(String district, UUID workUnitId, String... roles) {
        TestTokens.User user = TestTokens.user(district, roles.length == 0 ? new String[] {"volunteer"} : roles);
        UUID id = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.send(TOPIC, registration(id, district, user.subject(), workUnitId), "/volunteer-service");
        }
        awaitKnown(id);
        return new Known(id, user);
    }

    public static void awaitKnown(UUID id) {
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> KnownVolunteer.findById(id) != null);
    }
}
