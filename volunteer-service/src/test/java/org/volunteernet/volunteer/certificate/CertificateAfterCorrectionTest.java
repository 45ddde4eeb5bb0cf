package org.volunteernet.volunteer.certificate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
 * A certificate's public verification after a correction lowered one of its records (the fault: it still answered
 * valid with the old hours and nothing else): genuine still, but RECORDS_CORRECTED, with the hours its records
 * certify now, and nothing of which record or why.
 */
@QuarkusTest
class CertificateAfterCorrectionTest {

    private record Records(Registrations.Registered volunteer, TestTokens.User recorder, List<String> ids) {

        String issue(List<String> recordIds) {
            Map<String, Object> body = recordIds == null ? Map.of() : Map.of("recordIds", recordIds);
            return given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/volunteers/" + volunteer.id() + "/certificates")
                    .then().statusCode(201).extract().path("verificationCode");
        }

        /** Proposes {@code hours} for record {@code index} and has the recorder decide. */
        void correct(int index, double hours, boolean accepted) {
            String correctionId = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                    .body(Map.of("hours", hours, "reason", "Left early"))
                    .when().post("/api/v1/volunteers/" + volunteer.id() + "/service-records/" + ids.get(index) + "/corrections")
                    .then().statusCode(201).extract().path("id");
            given().auth().oauth2(recorder.token()).contentType(ContentType.JSON)
                    .body(Map.of("accepted", accepted, "reason", "Checked the sign-out sheet"))
                    .when().post("/api/v1/corrections/" + correctionId + "/decision").then().statusCode(200);
        }
    }

    /** Two records, 2.5 h and 4 h, of a volunteer of a fresh district, recorded by one organizer. */
    private static Records records() {
        String district = Registrations.freshDistrict();
        Registrations.Registered volunteer = Registrations.selfRegistered(district);
        TestTokens.User recorder = TestTokens.user(district, "organizer");
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, Activities.completed(district, volunteer.id(), "2.5", recorder.subject()), Activities.SOURCE);
            events.send(Activities.TOPIC, Activities.completed(district, volunteer.id(), "4", recorder.subject(),
                    java.time.LocalDate.now().minusDays(3)), Activities.SOURCE);
        }
        String records = "/api/v1/volunteers/" + volunteer.id() + "/service-records";
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) given().auth().oauth2(volunteer.token())
                .when().get(records).then().extract().path("items.size()") == 2);
        // newest first: the 2.5 h record (two days ago), then the 4 h one
        List<String> ids = given().auth().oauth2(volunteer.token()).when().get(records).then().extract().path("items.id");
        return new Records(volunteer, recorder, ids);
    }

    private static io.restassured.response.ValidatableResponse verify(String code) {
        return given().when().get("/api/v1/certificates/" + code).then().statusCode(200);
    }

    @Test
    void aCorrectionAcceptedAfterIssueMarksTheCertificateWithTheHoursItsRecordsCertifyNow() {
        Records records = records();
        String code = records.issue(null);
        verify(code).body("valid", equalTo(true)).body("status", equalTo("VALID"))
                .body("recordsCorrectedSince", equalTo(false)).body("correctedAt", nullValue())
                .body("hours", equalTo(6.5f)).body("currentHours", equalTo(6.5f));

        records.correct(0, 3.0, false); // rejected: the records stand
        verify(code).body("status", equalTo("VALID")).body("currentHours", equalTo(6.5f));

        records.correct(0, 1.25, true);
        verify(code).body("valid", equalTo(true)).body("status", equalTo("RECORDS_CORRECTED"))
                .body("recordsCorrectedSince", equalTo(true)).body("correctedAt", notNullValue())
                .body("hours", equalTo(6.5f)).body("currentHours", equalTo(5.25f))
                .body("$", not(hasKey("recordIds"))).body("$", not(hasKey("reason")));

        // a certificate issued after the correction states what holds
        verify(records.issue(null)).body("status", equalTo("VALID")).body("hours", equalTo(5.25f))
                .body("currentHours", equalTo(5.25f));
    }

    @Test
    void aCorrectionOfARecordTheCertificateLeftOutDoesNotTouchIt() {
        Records records = records();
        String code = records.issue(List.of(records.ids().get(1)));
        records.correct(0, 1.25, true);
        verify(code).body("status", equalTo("VALID")).body("recordsCorrectedSince", equalTo(false))
                .body("hours", equalTo(4.0f)).body("currentHours", equalTo(4.0f));
    }
}
