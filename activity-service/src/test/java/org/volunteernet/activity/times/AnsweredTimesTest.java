package org.volunteernet.activity.times;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestTokens;

/**
 * README "One JSON format": a time a write answers at once is, to the digit, the time read back later: at most
 * microseconds (NetworkClock), never nanoseconds the database then rounds.
 */
@QuarkusTest
class AnsweredTimesTest {

    static final String FRACTION_AT_MOST_MICROSECONDS = ".*T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})";

    @Test
    void aScheduledActivityAnswersTheHorizonItIsReadBackWith() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(2).withNano(0);
        String organizer = TestTokens.user(district, "organizer").token();
        var created = given().auth().oauth2(organizer).contentType("application/json")
                .body(Fixtures.activity(district, start, Duration.ofHours(2), 5, "FREQ=WEEKLY;COUNT=3"))
                .when().post("/api/v1/activities").then().statusCode(201).extract();
        String materializedUntil = created.path("materializedUntil");
        assertThat(materializedUntil).matches(FRACTION_AT_MOST_MICROSECONDS);
        given().auth().oauth2(organizer).when().get("/api/v1/activities/" + created.path("id"))
                .then().statusCode(200).body("materializedUntil", equalTo(materializedUntil));
    }

    @Test
    void aSignupAnswersTheTimeTheRosterReadsBack() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(1);
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 5, null));
        String occurrence = Fixtures.occurrenceIds(activity, start.toLocalDate().toString(),
                start.toLocalDate().plusDays(1).toString()).get(0);
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        String signedUpAt = given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups")
                .then().statusCode(201).extract().path("signedUpAt");
        assertThat(signedUpAt).matches(FRACTION_AT_MOST_MICROSECONDS);
        String onRoster = given().auth().oauth2(TestTokens.user(district, "organizer").token())
                .when().get("/api/v1/occurrences/" + occurrence + "/signups")
                .then().statusCode(200).extract().path("items[0].signedUpAt");
        // the roster answers it as every ...At is answered: in UTC, digit for digit the same (it used to carry +08:00)
        assertThat(onRoster).isEqualTo(signedUpAt).endsWith("Z");
        assertThat(Instant.parse(onRoster)).isEqualTo(Instant.parse(signedUpAt));
    }
}
