package org.volunteernet.volunteer.certificate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.AnswersAsUnknownId;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.Registrations;

/** What a certificate request may say, who is told what when refused, and what the public verification shows. */
@QuarkusTest
class CertificateRequestTest {

    @Test
    void anEmptyListOfRecordsIsRefusedNotReadAsAll() {
        Registrations.Registered volunteer = CertificateTest.volunteerWithRecords();
        String certificates = "/api/v1/volunteers/" + volunteer.id() + "/certificates";
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body("{\"recordIds\":[]}")
                .when().post(certificates)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("recordIds"))
                .body("errors[0].message", equalTo("须列出 1 到 1000 条服务记录；不填此字段即证明全部服务记录"));
        // the field left out still means all of them
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body("{}").when().post(certificates)
                .then().statusCode(201).body("recordIds.size()", equalTo(2));
    }

    @Test
    void anOfficeIsNotToldTheRecordsAreItsOwnAndARefusedReadSpeaksOfReading() {
        Registrations.Registered volunteer = CertificateTest.volunteerWithRecords();
        Registrations.Registered other = CertificateTest.volunteerWithRecords();
        String othersRecord = given().auth().oauth2(other.token())
                .when().get("/api/v1/volunteers/" + other.id() + "/service-records").then().extract().path("items[0].id");
        TestTokens.User office = TestTokens.user("230110", "district-admin");
        String certificates = "/api/v1/volunteers/" + volunteer.id() + "/certificates";
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(Map.of("recordIds", List.of(othersRecord)))
                .when().post(certificates)
                .then().statusCode(400).body("errors.field", contains("recordIds"))
                .body("errors[0].message", equalTo("每个 id 都必须是该志愿者的服务记录"));

        String pdfLink = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body("{}")
                .when().post(certificates).then().statusCode(201).extract().path("pdf");
        // another volunteer and another district's office are answered as for an unknown volunteer: nothing of a change
        String id = volunteer.id().toString();
        for (TestTokens.User stranger : new TestTokens.User[] {TestTokens.user("230110", "volunteer"),
                TestTokens.user("230102", "district-admin")}) {
            String detail = AnswersAsUnknownId.assertSame(unknown -> given().auth().oauth2(stranger.token())
                    .header("Accept-Language", "en").when().get(pdfLink.replace(id, unknown)), id).path("detail");
            assertThat(detail).isEqualTo("No volunteer with id " + id).doesNotContain("change");
        }
        AnswersAsUnknownId.assertSame(unknown -> given().auth().oauth2(TestTokens.user("230102", "district-admin").token())
                .contentType(ContentType.JSON).body("{}").when().post("/api/v1/volunteers/" + unknown + "/certificates"), id);
    }

    @Test
    void aRecordWithACorrectionWaitingForADecisionIsNotCertifiedUntilItIsDecided() {
        Registrations.Registered volunteer = CertificateTest.volunteerWithRecords();
        String certificates = "/api/v1/volunteers/" + volunteer.id() + "/certificates";
        var listed = given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records").then().extract();
        List<String> recordIds = listed.path("items.id");
        float disputedHours = listed.<Float>path("items[0].hours");
        String disputed = recordIds.get(0);
        String correctionId = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 1.5, "reason", "Left at 10:30"))
                .when().post("/api/v1/volunteers/" + volunteer.id() + "/service-records/" + disputed + "/corrections")
                .then().statusCode(201).extract().path("id");
        TestTokens.User office = TestTokens.user("230110", "district-admin");

        // all the records (the field left out) or the disputed one named: 409 naming recordIds and the record, for both
        for (TestTokens.User asker : new TestTokens.User[] {volunteer.user(), office}) {
            for (String body : List.of("{}", "{\"recordIds\":[\"" + disputed + "\"]}")) {
                given().auth().oauth2(asker.token()).contentType(ContentType.JSON).body(body).when().post(certificates)
                        .then().statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo("urn:volunteernet:problem:conflict"))
                        .body("errors.field", contains("recordIds"))
                        .body("errors[0].message", equalTo("服务记录 " + disputed + " 有待决定的更正；请先决定该更正，或在证明中不列入该记录"));
            }
        }
        // the undisputed record alone is certified
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("recordIds", List.of(recordIds.get(1)))).when().post(certificates)
                .then().statusCode(201).body("recordIds", contains(recordIds.get(1)));

        // once decided, the record (as decided) is certified again
        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(Map.of("accepted", true, "reason", "The sign-out sheet says 10:30"))
                .when().post("/api/v1/corrections/" + correctionId + "/decision").then().statusCode(200);
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body("{}").when().post(certificates)
                .then().statusCode(201).body("recordIds.size()", equalTo(2)).body("hours", equalTo(6.5f - disputedHours + 1.5f));
    }

    @Test
    void thePublicVerificationMasksTheNameAndTheVolunteerNumber() {
        Registrations.Registered volunteer = CertificateTest.volunteerWithRecords();
        String number = given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + volunteer.id())
                .then().statusCode(200).extract().path("volunteerNumber");
        var issued = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/volunteers/" + volunteer.id() + "/certificates").then().statusCode(201).extract();
        String code = issued.path("verificationCode");
        String shown = given().when().get("/api/v1/certificates/" + code).then().statusCode(200)
                .body("volunteerName", equalTo("L* M***"))
                // the time answered at once by the issue is the time the verification reads back
                .body("issuedAt", equalTo(issued.path("issuedAt")))
                .extract().path("volunteerNumber");
        assertThat(shown).isEqualTo(number.substring(0, 7) + "******" + number.substring(13))
                .matches("V\\d{6}\\*{6}\\d{2}").isNotEqualTo(number);
    }
}
