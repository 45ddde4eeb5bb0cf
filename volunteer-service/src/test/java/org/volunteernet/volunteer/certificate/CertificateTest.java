package org.volunteernet.volunteer.certificate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.volunteer.Activities;
import org.volunteernet.volunteer.Registrations;

@QuarkusTest
class CertificateTest {

    static Registrations.Registered volunteerWithRecords() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, Activities.completed("230110", volunteer.id(), "2.5", "o"), Activities.SOURCE);
            events.send(Activities.TOPIC, Activities.completed("230110", volunteer.id(), "4", "o"), Activities.SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records")
                .then().extract().path("items.size()") == 2);
        return volunteer;
    }

    @Test
    void aVolunteerIssuesACertificateThatAnyoneCanVerifyWithMaskedData() throws Exception {
        Registrations.Registered volunteer = volunteerWithRecords();
        String code;
        String pdfLink;
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            var issued = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/v1/volunteers/" + volunteer.id() + "/certificates")
                    .then().statusCode(201)
                    .body("verificationCode", matchesPattern("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"))
                    .body("hours", equalTo(6.5f))
                    .body("recordingUnits[0]", equalTo("Xiangfang Youth League"))
                    .extract();
            code = issued.path("verificationCode");
            pdfLink = issued.path("pdf");
            String issuedCode = code;
            probe.await(r -> volunteer.id().equals(r.key()) && TopicProbe.text(r).contains("CertificateIssued")
                    && TopicProbe.text(r).contains(issuedCode), Duration.ofSeconds(20));
        }
        given().when().get("/api/v1/certificates/" + code)
                .then().statusCode(200)
                .body("valid", equalTo(true)).body("volunteerName", equalTo("L* M***"))
                .body("hours", equalTo(6.5f)).body("content", matchesPattern("ENVIRONMENT: Riverside clean-up"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("idNumber")));
        given().when().get("/api/v1/certificates/" + code.toLowerCase()).then().statusCode(200);

        byte[] pdf = given().auth().oauth2(volunteer.token()).when().get(pdfLink)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Certificate of Volunteer Service", "Li Ming", code, "6.5 hours",
                    "Riverside clean-up", "Xiangfang Youth League");
        }
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).when().get(pdfLink).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).when().get(pdfLink).then().statusCode(403);
    }

    @Test
    void aTamperedCodeVerifiesNothing() {
        Registrations.Registered volunteer = volunteerWithRecords();
        String code = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/volunteers/" + volunteer.id() + "/certificates")
                .then().statusCode(201).extract().path("verificationCode");
        char last = code.charAt(code.length() - 1);
        String tampered = code.substring(0, code.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        given().when().get("/api/v1/certificates/" + tampered)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/certificates/" + "x".repeat(100)).then().statusCode(400);
    }

    @Test
    void certificatesAreTheOwnersToIssueAndNeedRecords() {
        Registrations.Registered withoutRecords = Registrations.selfRegistered("230110");
        given().auth().oauth2(withoutRecords.token()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/volunteers/" + withoutRecords.id() + "/certificates")
                .then().statusCode(422).contentType("application/problem+json");
        Registrations.Registered volunteer = volunteerWithRecords();
        for (TestTokens.User other : new TestTokens.User[] {TestTokens.user("230110", "volunteer"),
                TestTokens.user("230110", "district-admin")}) {
            given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/v1/volunteers/" + volunteer.id() + "/certificates").then().statusCode(403);
        }
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("recordIds", java.util.List.of(java.util.UUID.randomUUID().toString())))
                .when().post("/api/v1/volunteers/" + volunteer.id() + "/certificates")
                .then().statusCode(400).body("errors[0].field", equalTo("recordIds"));
    }
}
