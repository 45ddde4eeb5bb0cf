package org.volunteernet.activity.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;

@QuarkusTest
class AttendanceTest {

    static String soonOccurrence(String district) {
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusMinutes(30);
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 5, null));
        return Fixtures.occurrenceIds(activity, start.toLocalDate().toString(), start.toLocalDate().plusDays(1).toString()).get(0);
    }

    @Test
    void aVolunteerChecksInAndOutWithTheOrganizersCode() {
        String district = Fixtures.freshDistrict();
        String occurrence = soonOccurrence(district);
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201);
        String organizer = TestTokens.user(district, "organizer").token();
        String code = given().auth().oauth2(organizer).when().get("/api/v1/occurrences/" + occurrence + "/check-in-code")
                .then().statusCode(200).body("qrPayload", startsWith("volunteernet:check-in?occurrence=" + occurrence))
                .extract().path("code");
        String tampered = code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A");
        given().auth().oauth2(v.token()).contentType(ContentType.JSON).body(Map.of("code", tampered))
                .when().post("/api/v1/occurrences/" + occurrence + "/check-in")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        String otherOccurrence = soonOccurrence(district);
        String otherCode = given().auth().oauth2(organizer).when().get("/api/v1/occurrences/" + otherOccurrence + "/check-in-code")
                .then().extract().path("code");
        given().auth().oauth2(v.token()).contentType(ContentType.JSON).body(Map.of("code", otherCode))
                .when().post("/api/v1/occurrences/" + occurrence + "/check-in").then().statusCode(400);
        given().auth().oauth2(v.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/v1/occurrences/" + occurrence + "/check-out").then().statusCode(409);
        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            given().auth().oauth2(v.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                    .when().post("/api/v1/occurrences/" + occurrence + "/check-in")
                    .then().statusCode(200).body("checkedInAt", notNullValue());
            given().auth().oauth2(v.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                    .when().post("/api/v1/occurrences/" + occurrence + "/check-out")
                    .then().statusCode(200).body("checkedOutAt", notNullValue());
            probe.await(r -> TopicProbe.text(r).contains("VolunteerCheckedIn") && TopicProbe.text(r).contains(v.id().toString()),
                    Duration.ofSeconds(20));
            probe.await(r -> TopicProbe.text(r).contains("VolunteerCheckedOut") && TopicProbe.text(r).contains(v.id().toString()),
                    Duration.ofSeconds(20));
        }
    }

    @Test
    void anOrganizerChecksAVolunteerInButOnlyWithASeatAndInTheirDistrict() {
        String district = Fixtures.freshDistrict();
        String occurrence = soonOccurrence(district);
        Fixtures.Volunteer seated = Fixtures.volunteer(district);
        Fixtures.Volunteer unseated = Fixtures.volunteer(district);
        given().auth().oauth2(seated.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201);
        String organizer = TestTokens.user(district, "organizer").token();
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("volunteerId", seated.id().toString()))
                .when().post("/api/v1/occurrences/" + occurrence + "/check-in").then().statusCode(200);
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("volunteerId", unseated.id().toString()))
                .when().post("/api/v1/occurrences/" + occurrence + "/check-in").then().statusCode(422);
        given().auth().oauth2(TestTokens.user("230102", "organizer").token()).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", seated.id().toString()))
                .when().post("/api/v1/occurrences/" + occurrence + "/check-in").then().statusCode(404);
        given().auth().oauth2(seated.token()).contentType(ContentType.JSON).body(Map.of("volunteerId", unseated.id().toString()))
                .when().post("/api/v1/occurrences/" + occurrence + "/check-in").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("230102", "organizer").token())
                .when().get("/api/v1/occurrences/" + occurrence + "/check-in-code").then().statusCode(404);
        given().auth().oauth2(seated.token())
                .when().get("/api/v1/occurrences/" + occurrence + "/check-in-code").then().statusCode(403);
    }

    @Test
    void attendanceIsNotTakenDaysBeforeTheStart() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(3);
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 5, null));
        String occurrence = Fixtures.occurrenceIds(activity, LocalDate.now().toString(), start.toLocalDate().plusDays(1).toString()).get(0);
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201);
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", v.id().toString()))
                .when().post("/api/v1/occurrences/" + occurrence + "/check-in").then().statusCode(409);
    }
}
