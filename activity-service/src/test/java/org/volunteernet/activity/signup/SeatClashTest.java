package org.volunteernet.activity.signup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestTokens;

/** Issue 15, seats: promotion and reschedule never give one volunteer two overlapping confirmed seats. */
@QuarkusTest
class SeatClashTest {

    static String firstOccurrence(String activity, OffsetDateTime start) {
        List<String> ids = Fixtures.occurrenceIds(activity, start.toLocalDate().toString(), start.toLocalDate().toString());
        return ids.get(0);
    }

    static io.restassured.response.ValidatableResponse signUp(Fixtures.Volunteer v, String occurrence) {
        return given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then();
    }

    @Test
    void promotionSkipsAVolunteerWhoseSeatWouldClash() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime nine = LocalDate.now(Fixtures.HARBIN).plusDays(5).atTime(9, 0).atZone(Fixtures.HARBIN).toOffsetDateTime();
        String shortOne = firstOccurrence(Fixtures.schedule(district,
                Fixtures.activity(district, nine.plusMinutes(30), Duration.ofHours(1), 5, null)), nine);
        String longActivity = Fixtures.schedule(district, Fixtures.activity(district, nine, Duration.ofHours(2), 1, null));
        String longOne = firstOccurrence(longActivity, nine);
        Fixtures.Volunteer clashing = Fixtures.volunteer(district);
        Fixtures.Volunteer holder = Fixtures.volunteer(district);
        Fixtures.Volunteer free = Fixtures.volunteer(district);
        signUp(clashing, shortOne).statusCode(201).body("status", equalTo("CONFIRMED"));
        signUp(holder, longOne).statusCode(201).body("status", equalTo("CONFIRMED"));
        signUp(clashing, longOne).statusCode(201).body("status", equalTo("WAITLISTED"));
        signUp(free, longOne).statusCode(201).body("status", equalTo("WAITLISTED"));
        given().auth().oauth2(holder.token()).when().delete("/api/v1/occurrences/" + longOne + "/signups/me")
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/activities/" + longActivity + "/occurrences?from=" + nine.toLocalDate() + "&to=" + nine.toLocalDate())
                .then().statusCode(200).body("items[0].confirmed", equalTo(1)).body("items[0].waitlisted", equalTo(1));
        // the one promoted is the volunteer without a clash; the clashing one still waits
        signUp(free, longOne).statusCode(409);
        signUp(clashing, longOne).statusCode(409);
    }

    @Test
    void aRescheduleOntoAnotherSeatOfAHolderIsRefused() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime nine = LocalDate.now(Fixtures.HARBIN).plusDays(6).atTime(9, 0).atZone(Fixtures.HARBIN).toOffsetDateTime();
        String morning = firstOccurrence(Fixtures.schedule(district,
                Fixtures.activity(district, nine, Duration.ofHours(2), 5, null)), nine);
        String afternoon = firstOccurrence(Fixtures.schedule(district,
                Fixtures.activity(district, nine.plusHours(5), Duration.ofHours(2), 5, null)), nine);
        Fixtures.Volunteer both = Fixtures.volunteer(district);
        signUp(both, morning).statusCode(201);
        signUp(both, afternoon).statusCode(201);
        String organizer = TestTokens.user(district, "organizer").token();
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("start", nine.plusHours(1).toString()))
                .when().patch("/api/v1/occurrences/" + afternoon)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:seat-clash")).body("errors.field", hasItem("start"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("start", nine.plusHours(2).toString()))
                .when().patch("/api/v1/occurrences/" + afternoon).then().statusCode(200); // 11:00 touches, does not overlap
    }
}
