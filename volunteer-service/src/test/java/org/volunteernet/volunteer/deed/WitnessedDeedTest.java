package org.volunteernet.volunteer.deed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.EventCodec;
import org.volunteernet.volunteer.Registrations;

@QuarkusTest
class WitnessedDeedTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static Map<String, Object> deed(String volunteerId, LocalDate date) {
        return Map.of("volunteerId", volunteerId, "date", date.toString(), "category", "AT_POST",
                "description", "Stayed after the shift to help an elderly passenger home", "minutes", 60);
    }

    @Test
    void anOrganizerOfTheDistrictRecordsAVerifiedDeed() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            given().auth().oauth2(TestTokens.user("230110", "organizer").token()).contentType(ContentType.JSON)
                    .body(deed(volunteer.id(), TODAY))
                    .when().post("/api/v1/deeds")
                    .then().statusCode(201).body("verified", equalTo(true)).body("atPost", equalTo(true))
                    .body("volunteerId", equalTo(volunteer.id()));
            DeedRecorded recorded = EventCodec.parse(probe.await(r -> volunteer.id().equals(r.key())
                    && TopicProbe.text(r).contains("DeedRecorded"), Duration.ofSeconds(20)).value()).dataAs(DeedRecorded.class);
            assertThat(recorded.verified()).isTrue();
            assertThat(recorded.atPost()).isTrue();
        }
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).contentType(ContentType.JSON)
                .body(deed(volunteer.id(), TODAY.minusDays(3))).when().post("/api/v1/deeds").then().statusCode(201);
    }

    /**
     * The Location of a recorded deed answers 200 to its volunteer, the district's organizers and office and the city;
     * another district's office or organizer, another volunteer and an analyst get the very 404 of an unknown id.
     */
    @Test
    void theLocationOfARecordedDeedIsReadableAndOtherDistrictsSeeNothing() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        var created = given().auth().oauth2(TestTokens.user("230110", "organizer").token()).contentType(ContentType.JSON)
                .body(deed(volunteer.id(), TODAY)).when().post("/api/v1/deeds").then().statusCode(201).extract();
        String path = java.net.URI.create(created.header("Location")).getPath();
        assertThat(path).isEqualTo("/api/v1/deeds/" + created.path("id"));
        for (String reader : new String[] {volunteer.token(), TestTokens.user("230110", "organizer").token(),
                TestTokens.user("230110", "district-admin").token(), TestTokens.user("230102", "city-admin").token()}) {
            given().auth().oauth2(reader).when().get(path).then().statusCode(200).body("id", equalTo(created.path("id")))
                    .body("volunteerId", equalTo(volunteer.id())).body("verified", equalTo(true))
                    .body("minutes", equalTo(60));
        }
        String unknownPath = "/api/v1/deeds/" + UUID.randomUUID();
        for (TestTokens.User outsider : new TestTokens.User[] {TestTokens.user("230102", "district-admin"),
                TestTokens.user("230102", "organizer"), TestTokens.user("230110", "volunteer")}) {
            Map<String, Object> ofTheirs = given().auth().oauth2(outsider.token()).when().get(path).then().statusCode(404)
                    .contentType("application/problem+json").extract().jsonPath().getMap("$");
            Map<String, Object> ofNobody = given().auth().oauth2(outsider.token()).when().get(unknownPath).then()
                    .statusCode(404).extract().jsonPath().getMap("$");
            ofTheirs.remove("instance");
            ofNobody.remove("instance");
            ofTheirs.put("detail", String.valueOf(ofTheirs.get("detail")).replace(created.path("id").toString(), "ID"));
            ofNobody.put("detail", String.valueOf(ofNobody.get("detail")).replace(unknownPath.substring(14), "ID"));
            assertThat(ofTheirs).isEqualTo(ofNobody);
        }
        given().auth().oauth2(TestTokens.user("230110", "analyst").token()).when().get(path).then().statusCode(403);
    }

    @Test
    void witnessesFromAnotherDistrictAndOtherRolesAreRefused() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        // another district's volunteer reads as nobody: the same answer as an unknown id, never a 403 or 404 that tells
        for (String role : new String[] {"organizer", "district-admin"}) {
            String witness = TestTokens.user("230102", role).token();
            Map<String, Object> ofTheirs = given().auth().oauth2(witness).contentType(ContentType.JSON)
                    .body(deed(volunteer.id(), TODAY)).when().post("/api/v1/deeds").then().statusCode(422)
                    .contentType("application/problem+json").body("errors.field", contains("volunteerId"))
                    .body("errors[0].message", equalTo("不是本区已注册的志愿者")).extract().jsonPath().getMap("$");
            Map<String, Object> ofNobody = given().auth().oauth2(witness).contentType(ContentType.JSON)
                    .body(deed(UUID.randomUUID().toString(), TODAY)).when().post("/api/v1/deeds").then().statusCode(422)
                    .extract().jsonPath().getMap("$");
            ofTheirs.remove("instance");
            ofNobody.remove("instance");
            assertThat(ofTheirs).isEqualTo(ofNobody);
        }
        for (String role : new String[] {"volunteer", "brand-leader", "analyst", "city-admin"}) {
            given().auth().oauth2(TestTokens.user("230110", role).token()).contentType(ContentType.JSON)
                    .body(deed(volunteer.id(), TODAY)).when().post("/api/v1/deeds").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(deed(volunteer.id(), TODAY)).when().post("/api/v1/deeds")
                .then().statusCode(401);
    }

    @Test
    void unknownVolunteersFutureDatesAndBadFieldsAreRefused() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        String organizer = TestTokens.user("230110", "organizer").token();
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(deed(UUID.randomUUID().toString(), TODAY))
                .when().post("/api/v1/deeds").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("volunteerId"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(deed(volunteer.id(), TODAY.plusDays(1)))
                .when().post("/api/v1/deeds").then().statusCode(400).body("errors.field", hasItem("date"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", "not-a-uuid", "date", TODAY.toString(), "category", "AT_POST",
                        "description", "x", "minutes", 60))
                .when().post("/api/v1/deeds").then().statusCode(400).body("errors.field", hasItem("volunteerId"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteer.id(), "date", TODAY.toString(), "category", "AT_POST",
                        "description", "x", "minutes", 100000))
                .when().post("/api/v1/deeds").then().statusCode(400).body("errors.field", hasItem("minutes"));
    }
}
