package org.volunteernet.volunteer.record;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.Activities;
import org.volunteernet.volunteer.Registrations;

/**
 * A correction nobody could decide (the fault): a district office of one account recorded the activity itself and
 * entered the correction for a walk-in; four eyes refuses that account, no organizer recorded it. The city decides
 * it (escalation) and lists it; four eyes still holds for the city.
 */
@QuarkusTest
class CorrectionEscalationTest {

    private static final String LIST = "/api/v1/corrections";
    private static final String FOUR_EYES = "urn:volunteernet:problem:four-eyes";
    private static final Map<String, Object> ACCEPT = Map.of("accepted", true, "reason", "Checked the sign-out sheet");

    /** The path of the corrections of the one record of {@code volunteerId}, which {@code recorder} recorded. */
    private static String recordOf(String district, String volunteerId, TestTokens.User recorder, TestTokens.User reader) {
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, Activities.completed(district, volunteerId, "2.5", recorder.subject()),
                    Activities.SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) given().auth().oauth2(reader.token())
                .when().get(CorrectionOnBehalfTest.records(volunteerId)).then().statusCode(200)
                .extract().path("items.size()") == 1);
        return CorrectionOnBehalfTest.corrections(volunteerId, reader);
    }

    private static String report(TestTokens.User reporter, String corrections) {
        return given().auth().oauth2(reporter.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 1.25, "reason", "Left at 10:15")).when().post(corrections)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void theCityDecidesWhatTheOneAccountOfficeRecordedAndEnteredItself() {
        String district = Registrations.freshDistrict();
        TestTokens.User office = TestTokens.user(district, "district-admin");
        String walkIn = given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(Registrations.body(district)).when().post("/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
        String correctionId = report(office, recordOf(district, walkIn, office, office));
        String decision = LIST + "/" + correctionId + "/decision";

        given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(ACCEPT).when().post(decision)
                .then().statusCode(403).body("type", equalTo(FOUR_EYES));
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON).body(ACCEPT)
                .when().post(decision).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("只有录入该活动的组织者、其所在区的管理部门或市级管理员可以决定此更正"));
        given().auth().oauth2(office.token()).queryParam("district", district).when().get(LIST)
                .then().statusCode(200).body("items", empty());

        TestTokens.User city = TestTokens.user(null, "city-admin");
        given().auth().oauth2(city.token()).queryParam("status", "PENDING").queryParam("district", district)
                .when().get(LIST).then().statusCode(200).body("items.id", contains(correctionId));
        given().auth().oauth2(city.token()).contentType(ContentType.JSON).body(ACCEPT).when().post(decision)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("decidedBy", equalTo(city.subject()));
        given().auth().oauth2(office.token()).when().get(CorrectionOnBehalfTest.records(walkIn))
                .then().statusCode(200).body("items[0].hours", equalTo(1.25f));
        given().auth().oauth2(city.token()).queryParam("status", "PENDING").queryParam("district", district)
                .when().get(LIST).then().statusCode(200).body("items", empty());
    }

    @Test
    void fourEyesStillRefusesTheCityAccountThatEnteredItAndTheVolunteerConcerned() {
        String district = Registrations.freshDistrict();
        TestTokens.User recorder = TestTokens.user(district, "organizer");
        TestTokens.User city = TestTokens.user(null, "city-admin");
        String walkIn = given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                .body(Registrations.body(district)).when().post("/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
        String entered = report(city, recordOf(district, walkIn, recorder, city));
        given().auth().oauth2(city.token()).contentType(ContentType.JSON).body(ACCEPT)
                .when().post(LIST + "/" + entered + "/decision").then().statusCode(403).body("type", equalTo(FOUR_EYES));
        given().auth().oauth2(city.token()).queryParam("district", district).when().get(LIST)
                .then().statusCode(200).body("items", empty());
        // another city account decides it
        given().auth().oauth2(TestTokens.user(null, "city-admin").token()).queryParam("district", district).when().get(LIST)
                .then().statusCode(200).body("items.id", contains(entered));

        // a volunteer who is also a city account does not decide their own record's correction
        Registrations.Registered volunteer = Registrations.selfRegistered(district);
        TestTokens.User alsoCity = new TestTokens.User(volunteer.user().subject(), district, List.of("volunteer", "city-admin"));
        String own = report(TestTokens.user(district, "district-admin"), recordOf(district, volunteer.id(), recorder,
                volunteer.user()));
        given().auth().oauth2(alsoCity.token()).contentType(ContentType.JSON).body(ACCEPT)
                .when().post(LIST + "/" + own + "/decision").then().statusCode(403).body("type", equalTo(FOUR_EYES));
        given().auth().oauth2(alsoCity.token()).queryParam("district", district).when().get(LIST)
                .then().statusCode(200).body("items.id", contains(entered));
    }
}
