package org.volunteernet.volunteer.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.Activities;
import org.volunteernet.volunteer.Registrations;

/**
 * GET /corrections: the organizer who recorded the activity, and the district office, find the corrections waiting
 * for their decision (a decision nobody could see was the fault); nobody else sees them.
 */
@QuarkusTest
class CorrectionsToDecideTest {

    private static final String LIST = "/api/v1/corrections";

    /** One record of 2.5 h of {@code volunteerId}, recorded by {@code recorder}; the path of its corrections. */
    private static String recordOf(String district, String volunteerId, TestTokens.User recorder, TestTokens.User reader) {
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, Activities.completed(district, volunteerId, "2.5", recorder.subject()),
                    Activities.SOURCE);
        }
        String records = CorrectionOnBehalfTest.records(volunteerId);
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) given().auth().oauth2(reader.token())
                .when().get(records).then().statusCode(200).extract().path("items.size()") == 1);
        return CorrectionOnBehalfTest.corrections(volunteerId, reader);
    }

    private static String report(TestTokens.User reporter, String corrections) {
        return given().auth().oauth2(reporter.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 3.0, "reason", "Stayed until the end at 12:00")).when().post(corrections)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void theRecorderFindsThePendingCorrectionAndDecidesItByTheListedIdAndNobodyElseSeesIt() {
        String district = Registrations.freshDistrict();
        TestTokens.User recorder = TestTokens.user(district, "organizer");
        Registrations.Registered volunteer = Registrations.selfRegistered(district);
        String correctionId = report(volunteer.user(), recordOf(district, volunteer.id(), recorder, volunteer.user()));

        given().auth().oauth2(recorder.token()).queryParam("status", "PENDING").when().get(LIST)
                .then().statusCode(200).body("items.id", contains(correctionId))
                .body("items[0].status", equalTo("PENDING")).body("items[0].proposedHours", equalTo(3.0f))
                .body("items[0].previousHours", equalTo(2.5f)).body("items[0].onBehalf", equalTo(false))
                .body("items[0].reportedBy", equalTo(volunteer.user().subject())).body("nextCursor", nullValue());
        // the district's office decides too, so it sees it
        given().auth().oauth2(TestTokens.user(district, "district-admin").token()).when().get(LIST)
                .then().statusCode(200).body("items.id", contains(correctionId));
        // another organizer of the district and another district's office see nothing of it
        for (TestTokens.User other : List.of(TestTokens.user(district, "organizer"),
                TestTokens.user(Registrations.freshDistrict(), "district-admin"))) {
            given().auth().oauth2(other.token()).when().get(LIST).then().statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(correctionId)));
        }
        // the decision refuses volunteers; so does the list. The city decides every district's (escalation): it sees it
        given().auth().oauth2(volunteer.token()).when().get(LIST).then().statusCode(403);
        given().auth().oauth2(TestTokens.user(null, "city-admin").token()).queryParam("district", district).when().get(LIST)
                .then().statusCode(200).body("items.id", contains(correctionId));

        given().auth().oauth2(recorder.token()).contentType(ContentType.JSON)
                .body(Map.of("accepted", true, "reason", "Checked the sign-out sheet"))
                .when().post(LIST + "/" + correctionId + "/decision")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));

        given().auth().oauth2(recorder.token()).queryParam("status", "PENDING").when().get(LIST)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(recorder.token()).queryParam("status", "ACCEPTED").when().get(LIST)
                .then().statusCode(200).body("items.id", contains(correctionId))
                .body("items[0].decidedBy", equalTo(recorder.subject()));
        given().auth().oauth2(recorder.token()).queryParam("status", "REJECTED").when().get(LIST)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(recorder.token()).when().get(LIST)
                .then().statusCode(200).body("items.id", contains(correctionId));
    }

    @Test
    void fourEyesHidesWhatTheCallerEnteredAndTheCursorPagesOldestFirstBoundToCallerAndFilter() {
        String district = Registrations.freshDistrict();
        TestTokens.User office = TestTokens.user(district, "district-admin");
        TestTokens.User recorder = TestTokens.user(district, "organizer");
        List<String> entered = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String walkIn = given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                    .body(Registrations.body(district)).when().post("/api/v1/volunteers")
                    .then().statusCode(201).extract().path("id");
            entered.add(report(office, recordOf(district, walkIn, recorder, office)));
        }

        // the office account that entered both on the volunteers' behalf decides neither: it is shown neither
        given().auth().oauth2(office.token()).queryParam("status", "PENDING").when().get(LIST)
                .then().statusCode(200).body("items", empty());

        TestTokens.User colleague = TestTokens.user(district, "district-admin");
        String next = given().auth().oauth2(colleague.token()).queryParam("status", "PENDING").queryParam("limit", 1)
                .when().get(LIST).then().statusCode(200).body("items.id", contains(entered.get(0)))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(colleague.token()).queryParam("status", "PENDING").queryParam("limit", 1)
                .queryParam("cursor", next).when().get(LIST)
                .then().statusCode(200).body("items.id", contains(entered.get(1))).body("nextCursor", nullValue());
        given().auth().oauth2(recorder.token()).queryParam("limit", 5).when().get(LIST)
                .then().statusCode(200).body("items.id", equalTo(entered));

        // a cursor of other filters, or of another caller, is refused naming cursor
        given().auth().oauth2(colleague.token()).queryParam("cursor", next).when().get(LIST)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("cursor"));
        given().auth().oauth2(recorder.token()).queryParam("status", "PENDING").queryParam("cursor", next).when().get(LIST)
                .then().statusCode(400).body("errors.field", contains("cursor"));
        given().auth().oauth2(colleague.token()).queryParam("cursor", "not-a-cursor").when().get(LIST)
                .then().statusCode(400).body("errors.field", contains("cursor"));
        given().auth().oauth2(colleague.token()).queryParam("status", "pending").when().get(LIST)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("status"))
                .body("errors[0].message", equalTo("必须是 PENDING、ACCEPTED 或 REJECTED"));
        for (String limit : List.of("0", "201")) {
            given().auth().oauth2(colleague.token()).queryParam("limit", limit).when().get(LIST)
                    .then().statusCode(400).body("errors.field", contains("limit"));
        }
        given().auth().oauth2(colleague.token()).queryParam("volunteerId", "x").when().get(LIST)
                .then().statusCode(400).body("errors.field", contains("volunteerId"));
    }

    @Test
    void aCorrectionSaysWhatItIsAboutAndItsLocationAnswersThoseConcernedAndNobodyElse() {
        String district = Registrations.freshDistrict();
        TestTokens.User recorder = TestTokens.user(district, "organizer");
        Registrations.Registered volunteer = Registrations.selfRegistered(district);
        String corrections = recordOf(district, volunteer.id(), recorder, volunteer.user());
        String recordId = corrections.split("/")[6];
        String occurrenceId = given().auth().oauth2(volunteer.token()).when().get(CorrectionOnBehalfTest.records(volunteer.id()))
                .then().statusCode(200).extract().path("items[0].occurrenceId");
        String day = LocalDate.now().minusDays(2).toString();
        String location = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 3.0, "reason", "Stayed until the end at 12:00")).when().post(corrections)
                .then().statusCode(201).body("volunteerId", equalTo(volunteer.id())).body("volunteerName", equalTo("Li Ming"))
                .body("recordDate", equalTo(day)).body("recordHours", equalTo(2.5f))
                .extract().header("Location");
        String correctionId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).endsWith("/api/v1/corrections/" + correctionId);

        // the decider, from the list alone, knows whose record of which activity, occurrence and day it is
        given().auth().oauth2(recorder.token()).queryParam("status", "PENDING").when().get(LIST)
                .then().statusCode(200).body("items.id", contains(correctionId))
                .body("items[0].recordId", equalTo(recordId))
                .body("items[0].volunteerId", equalTo(volunteer.id()))
                .body("items[0].volunteerName", equalTo("Li Ming"))
                .body("items[0].activityName", equalTo("Riverside clean-up"))
                .body("items[0].occurrenceId", equalTo(occurrenceId))
                .body("items[0].recordDate", equalTo(day))
                .body("items[0].recordHours", equalTo(2.5f))
                .body("items[0].organizingUnit", equalTo("Xiangfang Youth League"))
                .body("items[0].district", equalTo(district));

        // GET /corrections/{id}: the deciders, the volunteer concerned; others as for an unknown id
        String one = LIST + "/" + correctionId;
        for (TestTokens.User reader : List.of(recorder, TestTokens.user(district, "district-admin"),
                TestTokens.user(null, "city-admin"), volunteer.user())) {
            given().auth().oauth2(reader.token()).when().get(one).then().statusCode(200)
                    .body("id", equalTo(correctionId)).body("status", equalTo("PENDING"))
                    .body("activityName", equalTo("Riverside clean-up")).body("volunteerName", equalTo("Li Ming"));
        }
        String unknown = java.util.UUID.randomUUID().toString();
        for (TestTokens.User other : List.of(TestTokens.user(district, "organizer"),
                TestTokens.user(Registrations.freshDistrict(), "district-admin"),
                Registrations.selfRegistered(district).user())) {
            for (String id : List.of(correctionId, unknown)) {
                given().auth().oauth2(other.token()).when().get(LIST + "/" + id).then().statusCode(404)
                        .contentType("application/problem+json").body("detail", equalTo("找不到 id 为 " + id + " 的对象"));
            }
        }

        given().auth().oauth2(recorder.token()).contentType(ContentType.JSON)
                .body(Map.of("accepted", true, "reason", "Checked the sign-out sheet")).when().post(one + "/decision")
                .then().statusCode(200).body("recordHours", equalTo(3.0f)).body("previousHours", equalTo(2.5f))
                .body("volunteerName", equalTo("Li Ming"));
        given().auth().oauth2(volunteer.token()).when().get(one).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("recordHours", equalTo(3.0f));
    }
}
