package org.volunteernet.activity.signup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.VolunteerAccountLinked;
import org.volunteernet.events.VolunteerRegistered;

/** Issue 14: a volunteer the office registered without an account claims the record and signs up themself. */
@QuarkusTest
class ClaimedAccountSignupTest {

    @Test
    void aVolunteerWhoClaimedTheOfficesRecordSignsUpWithTheirOwnAccount() {
        String district = Fixtures.freshDistrict();
        UUID volunteer = UUID.randomUUID();
        TestTokens.User account = TestTokens.user(district, "volunteer");
        String occurrence = SignupTest.occurrence(district, 5, OffsetDateTime.now().plusDays(3));
        try (TestEvents events = new TestEvents()) {
            events.send("test.volunteer.events", new VolunteerRegistered(volunteer, district, List.of(), List.of(), null, null, Instant.now()), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> KnownVolunteer.findById(volunteer) != null);
        // not yet linked: the account is nobody's volunteer here
        given().auth().oauth2(account.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups")
                .then().statusCode(403);
        try (TestEvents events = new TestEvents()) {
            VolunteerAccountLinked linked = new VolunteerAccountLinked(volunteer, district, account.subject(), Instant.now());
            events.send("test.volunteer.events", linked, "/volunteer-service");
            events.send("test.volunteer.events", linked, "/volunteer-service"); // redelivered: changes nothing
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> account.subject().equals(subjectOf(volunteer)));
        given().auth().oauth2(account.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups")
                .then().statusCode(201).body("status", equalTo("CONFIRMED")).body("volunteerId", equalTo(volunteer.toString()));
    }

    @Test
    void aRecordAlreadyLinkedKeepsItsAccount() {
        String district = Fixtures.freshDistrict();
        Fixtures.Volunteer owner = Fixtures.volunteer(district);
        TestTokens.User intruder = TestTokens.user(district, "volunteer");
        UUID marker = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.send("test.volunteer.events", new VolunteerAccountLinked(owner.id(), district, intruder.subject(),
                    Instant.now()), "/volunteer-service");
            // another volunteer announced after it: once that one is known, the link was most likely applied too, and
            // the owner must still hold the record for two more seconds
            events.send("test.volunteer.events", new VolunteerRegistered(marker, district, List.of(), List.of(), null, null, Instant.now()), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> KnownVolunteer.findById(marker) != null);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> owner.user().subject()
                .equals(subjectOf(owner.id())));
    }

    /** Read in a transaction of its own, so that each poll sees the database, not an earlier read's entity. */
    static String subjectOf(UUID volunteer) {
        return QuarkusTransaction.requiringNew().call(() -> ((KnownVolunteer) KnownVolunteer.findById(volunteer)).accountSubject);
    }
}
