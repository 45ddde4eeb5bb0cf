package org.volunteernet.activity.signup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestTokens;

/** Issue 14: the organizer or the district office signs volunteers up on their behalf, under the usual rules. */
@QuarkusTest
class SignupOnBehalfTest {

    static io.restassured.response.ValidatableResponse onBehalf(TestTokens.User caller, String occurrence, Object volunteerId) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(Map.of("volunteerId", volunteerId.toString()))
                .when().post("/api/v1/occurrences/" + occurrence + "/signups").then();
    }

    @Test
    void theOfficeAndTheOrganizerSignUpVolunteersOfTheDistrictUnderCapacityWaitlistAndOverlap() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now().plusDays(3);
        String occurrence = SignupTest.occurrence(district, 1, start);
        String sameTime = SignupTest.occurrence(district, 5, start.plusMinutes(30));
        Fixtures.Volunteer a = Fixtures.volunteer(district);
        Fixtures.Volunteer b = Fixtures.volunteer(district);
        Fixtures.Volunteer stranger = Fixtures.volunteer(Fixtures.freshDistrict());
        TestTokens.User office = TestTokens.user(district, "district-admin");
        TestTokens.User organizer = TestTokens.user(district, "organizer");

        onBehalf(office, occurrence, a.id()).statusCode(201).body("status", equalTo("CONFIRMED"))
                .body("volunteerId", equalTo(a.id().toString()));
        onBehalf(organizer, occurrence, b.id()).statusCode(201).body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1));
        onBehalf(organizer, occurrence, a.id()).statusCode(409);
        onBehalf(office, sameTime, a.id()).statusCode(409); // a holds a seat at an overlapping occurrence
        onBehalf(office, sameTime, stranger.id()).statusCode(422).body("errors.field", hasItem("volunteerId"));
        onBehalf(TestTokens.user(Fixtures.freshDistrict(), "district-admin"), sameTime, b.id()).statusCode(404);
        onBehalf(TestTokens.user(Fixtures.freshDistrict(), "organizer"), sameTime, b.id()).statusCode(404);
        onBehalf(a.user(), sameTime, b.id()).statusCode(403); // a volunteer signs only themselves up
        onBehalf(TestTokens.user(district, "brand-leader"), sameTime, b.id()).statusCode(403);
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(Map.of("volunteerId", "nope"))
                .when().post("/api/v1/occurrences/" + sameTime + "/signups").then().statusCode(400)
                .body("errors.field", hasItem("volunteerId"));
        // without a body it stays the volunteer's own sign-up
        SignupTest.signUp(b, sameTime).statusCode(201).body("status", equalTo("CONFIRMED"));
    }
}
