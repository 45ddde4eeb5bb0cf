package org.volunteernet.activity.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestTokens;

/** Issue 14: PATCH /activities/{id} with If-Match; lowering capacity never drops a confirmed seat. */
@QuarkusTest
class ActivityEditTest {

    static io.restassured.response.ValidatableResponse patch(TestTokens.User caller, String activity, String ifMatch,
            Map<String, Object> body) {
        var request = given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/activities/" + activity).then();
    }

    @Test
    void theOrganizerEditsWithIfMatchAndCapacityNeverDropsAConfirmedSeat() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now().plusDays(1).withNano(0);
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 2, "FREQ=WEEKLY"));
        String first = Fixtures.occurrenceIds(activity, start.toLocalDate().minusDays(1).toString(),
                start.toLocalDate().plusDays(2).toString()).get(0);
        Fixtures.Volunteer a = Fixtures.volunteer(district);
        Fixtures.Volunteer b = Fixtures.volunteer(district);
        Fixtures.Volunteer c = Fixtures.volunteer(district);
        Fixtures.Volunteer d = Fixtures.volunteer(district);
        for (Fixtures.Volunteer v : List.of(a, b, c)) {
            given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + first + "/signups").then().statusCode(201);
        }
        TestTokens.User organizer = TestTokens.user(district, "organizer");
        String etag = given().auth().oauth2(organizer.token()).when().get("/api/v1/activities/" + activity)
                .then().statusCode(200).extract().header("ETag");
        String version = etag.replace("\"", "").replace("W/", "");

        patch(organizer, activity, null, Map.of("capacity", 3)).statusCode(428);
        patch(organizer, activity, "\"abc\"", Map.of("capacity", 3)).statusCode(400).body("errors.field", hasItem("If-Match"));
        patch(organizer, activity, etag.replace("\"", ""), Map.of("capacity", 3)).statusCode(400).body("errors.field", hasItem("If-Match"));
        patch(organizer, activity, etag, Map.of("capacity", 1)).statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItem("capacity"))
                .body("errors[0].message", containsString("已确认的 2 个名额"));
        patch(organizer, activity, etag, Map.of("title", " ")).statusCode(400).body("errors.field", hasItem("title"));
        patch(organizer, activity, etag, Map.of("capacity", 0)).statusCode(400).body("errors.field", hasItem("capacity"));
        patch(TestTokens.user(Fixtures.freshDistrict(), "organizer"), activity, etag, Map.of("capacity", 3)).statusCode(404);
        patch(TestTokens.user(Fixtures.freshDistrict(), "district-admin"), activity, etag, Map.of("capacity", 3)).statusCode(404);
        patch(a.user(), activity, etag, Map.of("capacity", 3)).statusCode(403);
        patch(organizer, UUID.randomUUID().toString(), etag, Map.of("capacity", 3)).statusCode(404);
        given().auth().oauth2(organizer.token()).when().get("/api/v1/activities/" + activity).then()
                .body("capacity", equalTo(2)).header("ETag", equalTo(etag)); // the refused changes changed nothing

        String after = patch(organizer, activity, etag, Map.of("capacity", 3, "title", "Riverside clean-up (winter)",
                "personInCharge", "Zhao Lei", "signupClosed", true)).statusCode(200)
                .body("capacity", equalTo(3)).body("title", equalTo("Riverside clean-up (winter)"))
                .body("personInCharge", equalTo("Zhao Lei")).body("signupClosed", equalTo(true))
                .extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(after.replace("\"", "").replace("W/", ""))
                .isEqualTo(Long.toString(Long.parseLong(version) + 1));
        patch(organizer, activity, etag, Map.of("capacity", 4)).statusCode(412);

        // c was first waiting: raising capacity confirmed them at once; every upcoming occurrence has 3 seats
        given().auth().oauth2(organizer.token()).when().get("/api/v1/activities/" + activity + "/occurrences").then()
                .body("items.capacity", everyItem(equalTo(3)))
                .body("items.find { it.id == '" + first + "' }.confirmed", equalTo(3))
                .body("items.find { it.id == '" + first + "' }.waitlisted", equalTo(0));
        // sign-up closed: the volunteer cannot, the office still can
        given().auth().oauth2(d.token()).when().post("/api/v1/occurrences/" + first + "/signups").then().statusCode(409);
        given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", d.id().toString())).when().post("/api/v1/occurrences/" + first + "/signups")
                .then().statusCode(201).body("status", equalTo("WAITLISTED"));
    }
}
