package org.volunteernet.volunteer.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.volunteer.Registrations;

/**
 * README "One JSON format": a time answered at once is written as the same time read later, to the microsecond
 * at most (NetworkClock), in the answer, its idempotent replay and the event alike.
 */
@QuarkusTest
class AnsweredTimesTest {

    static final String AT_MOST_MICROSECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z";

    @Test
    void aRegistrationAnswersTheTimeItIsReadBackWith() {
        TestTokens.User office = TestTokens.user("230110", "district-admin");
        String key = UUID.randomUUID().toString();
        var body = Registrations.body("230110");
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            var created = given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body).when().post("/api/v1/volunteers").then().statusCode(201).extract();
            String id = created.path("id");
            String registeredAt = created.path("registeredAt");
            assertThat(registeredAt).matches(AT_MOST_MICROSECONDS);
            assertThat((String) created.path("consent.acceptedAt")).matches(AT_MOST_MICROSECONDS);
            given().auth().oauth2(office.token()).when().get("/api/v1/volunteers/" + id)
                    .then().statusCode(200).body("registeredAt", equalTo(registeredAt));
            given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body).when().post("/api/v1/volunteers")
                    .then().statusCode(201).header("Idempotent-Replayed", "true").body("registeredAt", equalTo(registeredAt));
            var event = probe.await(r -> id.equals(r.key()) && TopicProbe.text(r).contains("VolunteerRegistered"),
                    Duration.ofSeconds(20));
            String text = TopicProbe.text(event);
            assertThat(text).containsPattern("\"registeredAt\":\\s*\"" + java.util.regex.Pattern.quote(registeredAt) + "\"")
                    .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d{7,9}Z");
        }
    }
}
