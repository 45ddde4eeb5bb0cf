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
import org.volunteernet.common.document.PdfSignatures;
import org.volunteernet.common.testing.TestDocuments;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.volunteer.Activities;
import org.volunteernet.volunteer.Registrations;

@QuarkusTest
public class CertificateTest {

    public static Registrations.Registered volunteerWithRecords() {
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
            // the 201 names the certificate: its PDF, on the address the client used
            assertThat(issued.header("Location")).startsWith("http").endsWith(pdfLink);
            String issuedCode = code;
            // CertificateIssued.v2: the code that opens the public verification stays off the event stream
            var event = probe.await(r -> volunteer.id().equals(r.key()) && TopicProbe.text(r).contains("CertificateIssued"),
                    Duration.ofSeconds(20));
            assertThat(TopicProbe.text(event)).contains("org.volunteernet.CertificateIssued.v2")
                    .doesNotContain(issuedCode).doesNotContain("verificationCode");
        }
        given().when().get("/api/v1/certificates/" + code)
                .then().statusCode(200)
                .body("valid", equalTo(true)).body("volunteerName", equalTo("L* M***"))
                .body("hours", equalTo(6.5f)).body("content", matchesPattern("环境保护：Riverside clean-up"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("idNumber")));
        given().when().get("/api/v1/certificates/" + code.toLowerCase()).then().statusCode(200);

        // 志愿服务记录证明 by default, signed, the CJK font embedded
        byte[] pdf = given().auth().oauth2(volunteer.token()).when().get(pdfLink)
                .then().statusCode(200).contentType("application/pdf").header("Content-Language", "zh-CN")
                .extract().asByteArray();
        assertThat(TestDocuments.text(pdf)).contains("志愿服务记录证明", "Li Ming", code, "6.50 小时",
                "Riverside clean-up", "Xiangfang Youth League", "环境保护");
        assertThat(TestDocuments.fonts(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.embedded()).isTrue());
        assertThat(PdfSignatures.allValid(pdf)).isTrue();
        assertThat(PdfSignatures.check(pdf).get(0).signer().getSubjectX500Principal().getName())
                .contains("LOCAL DEVELOPMENT ONLY");
        // the signer's certificate is published, so that readers can trust it
        String pem = given().when().get("/api/v1/certificates/signing-certificate").then().statusCode(200)
                .extract().asString();
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
        String published = java.util.Base64.getEncoder().encodeToString(
                PdfSignatures.check(pdf).get(0).signer().getEncoded());
        assertThat(pem.replaceAll("-----[A-Z ]+-----|\\s", "")).isEqualTo(published);
        // in English by Accept-Language
        byte[] english = given().auth().oauth2(volunteer.token()).header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5")
                .when().get(pdfLink).then().statusCode(200).header("Content-Language", "en").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(english)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Certificate of Volunteer Service", "Li Ming", code, "6.50 hours",
                    "Riverside clean-up", "Xiangfang Youth League");
        }
        assertThat(PdfSignatures.allValid(english)).isTrue();
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).when().get(pdfLink).then().statusCode(404);
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).when().get(pdfLink).then().statusCode(404);
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).when().get(pdfLink)
                .then().statusCode(200).contentType("application/pdf"); // the volunteer's own district office
    }

    @Test
    void aChineseVolunteersCertificateCarriesTheChineseNameActivityAndUnit() {
        TestTokens.User user = TestTokens.user("230110", "volunteer");
        Map<String, Object> body = new java.util.HashMap<>(Registrations.body("230110"));
        body.put("name", "王小明");
        String id = given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
        try (TestEvents events = new TestEvents()) {
            java.util.UUID activityId = java.util.UUID.randomUUID();
            events.send(Activities.TOPIC, new org.volunteernet.events.ActivityCompleted(java.util.UUID.randomUUID(),
                    activityId, "230110", "敬老院探望·包饺子", java.time.LocalDate.now().minusDays(3),
                    "香坊区敬老院", "陪老人包饺子、聊天", "ELDERLY_CARE", "香坊区志愿者协会", Activities.sealed("张丽", activityId), null, null,
                    java.util.List.of(new org.volunteernet.events.ActivityCompleted.Participant(
                            java.util.UUID.fromString(id), new java.math.BigDecimal("3"))),
                    "o", java.time.Instant.now()), Activities.SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) given().auth().oauth2(user.token())
                .when().get("/api/v1/volunteers/" + id + "/service-records")
                .then().extract().path("items.size()") == 1);
        String pdfLink = given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/volunteers/" + id + "/certificates")
                .then().statusCode(201).body("recordingUnits[0]", equalTo("香坊区志愿者协会")).extract().path("pdf");
        byte[] pdf = given().auth().oauth2(user.token()).when().get(pdfLink).then().statusCode(200)
                .extract().asByteArray();
        assertThat(TestDocuments.text(pdf)).contains("王小明", "敬老院探望·包饺子", "香坊区志愿者协会", "3.00 小时");
        assertThat(TestDocuments.fonts(pdf)).allSatisfy(f -> assertThat(f.embedded()).isTrue());
        assertThat(PdfSignatures.allValid(pdf)).isTrue();
        byte[] changed = pdf.clone();
        changed[pdf.length / 3] ^= 0x20;
        assertThat(PdfSignatures.allValid(changed)).isFalse();
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
    void certificatesAreTheOwnersAndTheirOfficesToIssueAndNeedRecords() {
        Registrations.Registered withoutRecords = Registrations.selfRegistered("230110");
        given().auth().oauth2(withoutRecords.token()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/volunteers/" + withoutRecords.id() + "/certificates")
                .then().statusCode(422).contentType("application/problem+json");
        Registrations.Registered volunteer = volunteerWithRecords();
        for (TestTokens.User other : new TestTokens.User[] {TestTokens.user("230110", "volunteer"),
                TestTokens.user("230102", "district-admin"), TestTokens.user("230110", "organizer")}) {
            // the organizer's role never asks (403); the others may not know the volunteer exists (404)
            given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/v1/volunteers/" + volunteer.id() + "/certificates").then()
                    .statusCode(other.roles().contains("organizer") ? 403 : 404);
        }
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("recordIds", java.util.List.of(java.util.UUID.randomUUID().toString())))
                .when().post("/api/v1/volunteers/" + volunteer.id() + "/certificates")
                .then().statusCode(400).body("errors[0].field", equalTo("recordIds"));
    }

    @Test
    void theDistrictOfficeIssuesAndDownloadsTheCertificateOfAVolunteerWithoutAnApp() throws Exception {
        TestTokens.User office = TestTokens.user("230110", "district-admin");
        Map<String, Object> body = new java.util.HashMap<>(Registrations.body("230110"));
        body.put("name", "赵大娘");
        String volunteerId = given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, Activities.completed("230110", volunteerId, "3", "o"), Activities.SOURCE);
        }
        String certificates = "/api/v1/volunteers/" + volunteerId + "/certificates";
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) given().auth().oauth2(office.token())
                .when().get("/api/v1/volunteers/" + volunteerId + "/service-records")
                .then().extract().path("items.size()") == 1);
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).contentType(ContentType.JSON)
                .body(Map.of()).when().post(certificates).then().statusCode(404);
        var issued = given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(Map.of())
                .when().post(certificates).then().statusCode(201).body("hours", equalTo(3.0f)).extract();
        String pdfLink = issued.path("pdf");
        byte[] pdf = given().auth().oauth2(office.token()).when().get(pdfLink)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(TestDocuments.text(pdf)).contains("志愿服务记录证明", "赵大娘", "3.00 小时");
        assertThat(PdfSignatures.allValid(pdf)).isTrue();
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).when().get(pdfLink).then().statusCode(404);
    }
}
