package org.volunteernet.volunteer.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.volunteer.Activities;
import org.volunteernet.volunteer.Registrations;

/**
 * Decree 67 Art. 13 for a volunteer without the app: the office of their district (or the city) enters the
 * correction on their behalf; the correction and the volunteer's history say who did, and that account never
 * decides it (four eyes).
 */
@QuarkusTest
class CorrectionOnBehalfTest {

    private static final String FOUR_EYES = "urn:volunteernet:problem:four-eyes";

    /**
     * A volunteer the office of a fresh district registered (a walk-in: no account), with one record of 2.5 h that
     * the district's organizer {@code recorder} recorded.
     */
    record WalkIn(String district, TestTokens.User office, TestTokens.User recorder, String volunteerId) {

        static WalkIn withARecord() {
            String district = Registrations.freshDistrict();
            TestTokens.User office = TestTokens.user(district, "district-admin");
            TestTokens.User recorder = TestTokens.user(district, "organizer");
            String volunteerId = given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                    .body(Registrations.body(district)).when().post("/api/v1/volunteers")
                    .then().statusCode(201).extract().path("id");
            try (TestEvents events = new TestEvents()) {
                events.send(Activities.TOPIC, Activities.completed(district, volunteerId, "2.5", recorder.subject()),
                        Activities.SOURCE);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> (int) given().auth().oauth2(office.token())
                    .when().get(records(volunteerId)).then().statusCode(200).extract().path("items.size()") == 1);
            return new WalkIn(district, office, recorder, volunteerId);
        }
    }

    static String records(String volunteerId) {
        return "/api/v1/volunteers/" + volunteerId + "/service-records";
    }

    static String corrections(String volunteerId, TestTokens.User reader) {
        String recordId = given().auth().oauth2(reader.token()).when().get(records(volunteerId))
                .then().statusCode(200).extract().path("items[0].id");
        return records(volunteerId) + "/" + recordId + "/corrections";
    }

    @Test
    void theOfficeEntersACorrectionForAWalkInAndAnotherOfficeAccountAcceptsIt() {
        WalkIn walkIn = WalkIn.withARecord();
        String district = walkIn.district();
        TestTokens.User office = walkIn.office();
        TestTokens.User recorder = walkIn.recorder();
        String volunteerId = walkIn.volunteerId();
        String corrections = corrections(volunteerId, office);
        Map<String, Object> asked = Map.of("hours", 3.0, "reason", "Phoned in: stayed until the end at 12:00");

        // another district's office, an organizer (the recorder too) and another volunteer may not enter it: the
        // organizers by their role (403), the others as for an unknown volunteer (404, no existence leak)
        String refused = given().auth().oauth2(TestTokens.user(Registrations.freshDistrict(), "district-admin").token())
                .contentType(ContentType.JSON).body(asked).when().post(corrections)
                .then().statusCode(404).contentType("application/problem+json").extract().path("detail");
        assertThat(refused).isEqualTo("找不到 id 为 " + volunteerId + " 的对象");
        for (TestTokens.User other : List.of(recorder, TestTokens.user(district, "organizer"),
                Registrations.selfRegistered(district).user())) {
            given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(asked).when().post(corrections)
                    .then().statusCode(other.roles().contains("organizer") ? 403 : 404).contentType("application/problem+json");
        }

        String correctionId = given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(asked)
                .when().post(corrections)
                .then().statusCode(201).body("status", equalTo("PENDING")).body("proposedHours", equalTo(3.0f))
                .body("previousHours", equalTo(2.5f)).body("reportedBy", equalTo(office.subject()))
                .body("onBehalf", equalTo(true)).body("decidedBy", nullValue())
                .extract().path("id");

        // the volunteer's history says who entered it in their name
        for (TestTokens.User reader : List.of(office, TestTokens.user(null, "city-admin"))) {
            given().auth().oauth2(reader.token()).when().get("/api/v1/volunteers/" + volunteerId + "/history")
                    .then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].kind", equalTo("RECORD_CORRECTION_REPORTED"))
                    .body("items[0].id", equalTo(correctionId))
                    .body("items[0].recordId", equalTo(corrections.split("/")[6]))
                    .body("items[0].proposedHours", equalTo(3.0f))
                    .body("items[0].reason", equalTo("Phoned in: stayed until the end at 12:00"))
                    .body("items[0].changedBy", equalTo(office.subject()))
                    .body("items[0].oldName", nullValue())
                    .body("items[0].status", equalTo("PENDING")).body("items[0].decidedAt", nullValue())
                    .body("items[0].decidedBy", nullValue());
        }

        // four eyes: the account that entered it does not decide it, whichever way
        String decision = "/api/v1/corrections/" + correctionId + "/decision";
        for (boolean accepted : new boolean[] {true, false}) {
            given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                    .body(Map.of("accepted", accepted, "reason", "Checked the sign-out sheet")).when().post(decision)
                    .then().statusCode(403).contentType("application/problem+json").body("type", equalTo(FOUR_EYES))
                    .body("title", equalTo("须由另一人决定"))
                    .body("detail", equalTo("此更正由您录入，须由另一位组织者或管理部门账号决定（四眼原则）"));
        }
        given().auth().oauth2(office.token()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("accepted", true, "reason", "x")).when().post(decision)
                .then().statusCode(403).body("title", equalTo("Another person must decide"))
                .body("detail", equalTo("You entered this correction; another organizer or office account decides it (four eyes)"));

        // another account of the same office decides: the record is amended and the event is what it was
        TestTokens.User colleague = TestTokens.user(district, "district-admin");
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            given().auth().oauth2(colleague.token()).contentType(ContentType.JSON)
                    .body(Map.of("accepted", true, "reason", "Checked the sign-out sheet")).when().post(decision)
                    .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("decidedBy", equalTo(colleague.subject()))
                    .body("reportedBy", equalTo(office.subject())).body("onBehalf", equalTo(true));
            ServiceRecordCorrected corrected = EventCodec.parse(probe.await(r -> volunteerId.equals(r.key())
                    && TopicProbe.text(r).contains("ServiceRecordCorrected"), Duration.ofSeconds(20)).value())
                    .dataAs(ServiceRecordCorrected.class);
            assertThat(corrected.correctionId()).hasToString(correctionId);
            assertThat(corrected.district()).isEqualTo(district);
            assertThat(corrected.previousHours()).isEqualByComparingTo("2.5");
            assertThat(corrected.hours()).isEqualByComparingTo("3.0");
            assertThat(corrected.previousDate()).as("the date was kept").isNull();
        }
        given().auth().oauth2(office.token()).when().get(records(volunteerId))
                .then().statusCode(200).body("items[0].hours", equalTo(3.0f))
                .body("items[0].corrections[0].status", equalTo("ACCEPTED"))
                .body("items[0].corrections[0].onBehalf", equalTo(true))
                .body("items[0].corrections[0].reportedBy", equalTo(office.subject()))
                .body("items[0].corrections[0].decidedBy", equalTo(colleague.subject()));
        // the history shows the outcome of what the office entered, and who decided it
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers/" + volunteerId + "/history")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(correctionId))
                .body("items[0].status", equalTo("ACCEPTED")).body("items[0].decidedAt", org.hamcrest.Matchers.notNullValue())
                .body("items[0].decidedBy", equalTo(colleague.subject()))
                .body("items[0].decisionReason", equalTo("Checked the sign-out sheet"))
                .body("items[0].changedBy", equalTo(office.subject()));
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers/" + volunteerId + "/star")
                .then().statusCode(200).body("verifiedHours", equalTo(3.0f));
    }

    @Test
    void theCityEntersOneTheRecordingOrganizerDecidesAndTheHistoryKeepsNamesAndCorrectionsInOrder() {
        WalkIn walkIn = WalkIn.withARecord();
        TestTokens.User office = walkIn.office();
        TestTokens.User recorder = walkIn.recorder();
        String volunteerId = walkIn.volunteerId();
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Li Min", "reason", "Typed at the counter; checked against the ID card"))
                .when().patch("/api/v1/volunteers/" + volunteerId).then().statusCode(200);
        TestTokens.User city = TestTokens.user(null, "city-admin");
        String correctionId = given().auth().oauth2(city.token()).contentType(ContentType.JSON)
                .body(Map.of("date", java.time.LocalDate.now().minusDays(3).toString(), "reason", "It was the day before"))
                .when().post(corrections(volunteerId, office))
                .then().statusCode(201).body("onBehalf", equalTo(true)).body("reportedBy", equalTo(city.subject()))
                .extract().path("id");

        String history = "/api/v1/volunteers/" + volunteerId + "/history";
        given().auth().oauth2(office.token()).when().get(history).then().statusCode(200)
                .body("items.kind", equalTo(List.of("NAME_CORRECTED", "RECORD_CORRECTION_REPORTED")))
                .body("items.changedBy", equalTo(List.of(office.subject(), city.subject())));
        String cursor = given().auth().oauth2(office.token()).queryParam("limit", 1).when().get(history)
                .then().statusCode(200).body("items.kind", equalTo(List.of("NAME_CORRECTED")))
                .extract().path("nextCursor");
        given().auth().oauth2(office.token()).queryParam("limit", 1).queryParam("cursor", cursor).when().get(history)
                .then().statusCode(200).body("items.id", equalTo(List.of(correctionId))).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.user(Registrations.freshDistrict(), "district-admin").token())
                .when().get(history).then().statusCode(404);
        // once the walk-in links an account of their own, they read what was entered in their name
        String code = given().auth().oauth2(office.token()).when().post("/api/v1/volunteers/" + volunteerId + "/claim-codes")
                .then().statusCode(201).extract().path("code");
        TestTokens.User account = TestTokens.user(walkIn.district(), "volunteer");
        given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/v1/volunteers/claims").then().statusCode(200);
        given().auth().oauth2(account.token()).when().get(history).then().statusCode(200)
                .body("items.kind", equalTo(List.of("NAME_CORRECTED", "RECORD_CORRECTION_REPORTED")));
        given().auth().oauth2(account.token()).when().get(records(volunteerId)).then().statusCode(200)
                .body("items[0].corrections[0].onBehalf", equalTo(true))
                .body("items[0].corrections[0].reportedBy", equalTo(city.subject()));

        given().auth().oauth2(recorder.token()).contentType(ContentType.JSON)
                .body(Map.of("accepted", false, "reason", "The sheet is dated as recorded"))
                .when().post("/api/v1/corrections/" + correctionId + "/decision")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("decidedBy", equalTo(recorder.subject()));
    }

    @Test
    void aVolunteersOwnCorrectionIsNotOnBehalfAndNobodyDecidesOneOfTheirOwnRecords() {
        String district = Registrations.freshDistrict();
        // a volunteer who is also the organizer who recorded the activity
        Registrations.Registered volunteer = Registrations.selfRegistered(district);
        TestTokens.User alsoOrganizer = new TestTokens.User(volunteer.user().subject(), district, List.of("volunteer", "organizer"));
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, Activities.completed(district, volunteer.id(), "2", alsoOrganizer.subject()),
                    Activities.SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ServiceRecordTest.recordCount(volunteer) == 1);
        String corrections = corrections(volunteer.id(), volunteer.user());
        String own = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 4, "reason", "I stayed longer")).when().post(corrections)
                .then().statusCode(201).body("onBehalf", equalTo(false)).body("reportedBy", equalTo(volunteer.user().subject()))
                .extract().path("id");
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + volunteer.id() + "/history")
                .then().statusCode(200).body("items", hasSize(0));
        Map<String, Object> accept = Map.of("accepted", true, "reason", "ok");
        given().auth().oauth2(alsoOrganizer.token()).contentType(ContentType.JSON).body(accept)
                .when().post("/api/v1/corrections/" + own + "/decision")
                .then().statusCode(403).body("type", equalTo(FOUR_EYES));
        TestTokens.User office = TestTokens.user(district, "district-admin");
        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(Map.of("accepted", false, "reason", "The sheet says 2 hours"))
                .when().post("/api/v1/corrections/" + own + "/decision").then().statusCode(200);

        // entered by the office on their behalf, it is still their own record: the recording organizer is them
        String onBehalf = given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 3, "reason", "Asked at the counter")).when().post(corrections)
                .then().statusCode(201).body("onBehalf", equalTo(true)).extract().path("id");
        given().auth().oauth2(alsoOrganizer.token()).contentType(ContentType.JSON).body(accept)
                .when().post("/api/v1/corrections/" + onBehalf + "/decision")
                .then().statusCode(403).body("type", equalTo(FOUR_EYES))
                .body("detail", equalTo("这是您本人的服务记录，其更正须由另一位组织者或管理部门账号决定（四眼原则）"));
    }

    @Test
    void anAcceptedCorrectionThatMovesTheDatePublishesTheDateBefore() {
        WalkIn walkIn = WalkIn.withARecord();
        java.time.LocalDate recorded = java.time.LocalDate.now().minusDays(2); // Activities.completed's day
        java.time.LocalDate moved = recorded.minusDays(1);
        String correctionId = given().auth().oauth2(walkIn.office().token()).contentType(ContentType.JSON)
                .body(Map.of("date", moved.toString(), "reason", "It was the day before"))
                .when().post(corrections(walkIn.volunteerId(), walkIn.office()))
                .then().statusCode(201).extract().path("id");
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            given().auth().oauth2(walkIn.recorder().token()).contentType(ContentType.JSON)
                    .body(Map.of("accepted", true, "reason", "The sheet says so"))
                    .when().post("/api/v1/corrections/" + correctionId + "/decision").then().statusCode(200);
            ServiceRecordCorrected corrected = EventCodec.parse(probe.await(r -> walkIn.volunteerId().equals(r.key())
                    && TopicProbe.text(r).contains("ServiceRecordCorrected"), Duration.ofSeconds(20)).value())
                    .dataAs(ServiceRecordCorrected.class);
            assertThat(corrected.date()).isEqualTo(moved);
            assertThat(corrected.previousDate()).isEqualTo(recorded);
            assertThat(corrected.previousHours()).isEqualByComparingTo(corrected.hours());
        }
    }
}
