package org.volunteernet.activity;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.AnswersAsUnknownId;
import org.volunteernet.common.testing.TestTokens;

/**
 * No existence leak across districts: another district's office or organizer asking for an occurrence's roster,
 * check-in code, participant sheet, completion, sign-up on behalf or change gets the very answer an id of nothing
 * gets (404, same body but the id, same headers).
 */
@QuarkusTest
class AnotherDistrictAsUnknownTest {

    @Test
    void anotherDistrictsOccurrenceReadsLikeANonexistentOne() {
        String district = Fixtures.freshDistrict();
        String past = Fixtures.pastOccurrence(district, 1);
        String activity = Fixtures.schedule(district, Fixtures.activity(district,
                java.time.OffsetDateTime.now().plusDays(3), Duration.ofHours(2), 5, null));
        String coming = Fixtures.occurrenceIds(activity, java.time.LocalDate.now().toString(),
                java.time.LocalDate.now().plusDays(5).toString()).get(0);
        UUID volunteer = Fixtures.volunteer(district).id();
        String elsewhere = Fixtures.freshDistrict();
        for (TestTokens.User other : new TestTokens.User[] {TestTokens.user(elsewhere, "district-admin"),
                TestTokens.user(elsewhere, "organizer")}) {
            String token = other.token();
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).when()
                    .get("/api/v1/occurrences/" + id + "/signups"), coming);
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).accept("text/csv").when()
                    .get("/api/v1/occurrences/" + id + "/signups"), coming);
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).when()
                    .get("/api/v1/occurrences/" + id + "/check-in-code"), coming);
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", volunteer.toString())).when()
                    .post("/api/v1/occurrences/" + id + "/check-in"), coming);
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", volunteer.toString())).when()
                    .post("/api/v1/occurrences/" + id + "/signups"), coming);
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("place", "elsewhere")).when().patch("/api/v1/occurrences/" + id), coming);
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).when()
                    .get("/api/v1/occurrences/" + id + "/participant-sheet"), past);
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).contentType("text/csv")
                    .body("volunteerNumber,hours\nV00000000001,2.5\n".getBytes(StandardCharsets.UTF_8)).when()
                    .post("/api/v1/occurrences/" + id + "/participant-sheet"), past);
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Fixtures.participants(volunteer, 2.5, null)).when()
                    .post("/api/v1/occurrences/" + id + "/completion"), past);
        }
    }
}
