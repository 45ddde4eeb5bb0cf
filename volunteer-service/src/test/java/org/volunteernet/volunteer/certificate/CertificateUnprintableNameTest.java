package org.volunteernet.volunteer.certificate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.document.PdfSignatures;
import org.volunteernet.common.testing.TestDocuments;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.volunteer.Activities;
import org.volunteernet.volunteer.Registrations;

/**
 * Rare name characters. "𠀀李" (U+20000, CJK Extension B, which the main document font fonts-wqy-microhei lacks) is
 * printed from the fallback font fonts-hanazono: the certificate is issued with the name as written. "𰀀李" (U+30000,
 * Extension G, which no document font has) is refused (422 naming {@code name}), never signed as "?李" nor with the
 * code point for the name.
 */
@QuarkusTest
class CertificateUnprintableNameTest {

    /** A volunteer of Xiangfang with that name and one service record; the owner's token and the volunteer's id. */
    private static Map.Entry<TestTokens.User, String> volunteerNamed(String name) {
        TestTokens.User user = TestTokens.user("230110", "volunteer");
        Map<String, Object> body = new HashMap<>(Registrations.body("230110"));
        body.put("name", name);
        String id = given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers").then().statusCode(201).body("name", equalTo(name))
                .extract().path("id");
        try (TestEvents events = new TestEvents()) {
            UUID activityId = UUID.randomUUID();
            events.send(Activities.TOPIC, new ActivityCompleted(UUID.randomUUID(), activityId, "230110", "敬老院探望",
                    LocalDate.now().minusDays(3), "香坊区敬老院", "陪老人聊天", "ELDERLY_CARE", "香坊区志愿者协会",
                    Activities.sealed("张丽", activityId), null, null,
                    List.of(new ActivityCompleted.Participant(UUID.fromString(id), new BigDecimal("3"))), "o",
                    Instant.now()), Activities.SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) given().auth().oauth2(user.token())
                .when().get("/api/v1/volunteers/" + id + "/service-records")
                .then().extract().path("items.size()") == 1);
        return Map.entry(user, id);
    }

    @Test
    void aCertificateForANameWithAnExtensionBCharacterIsIssuedWithTheNameAsWritten() {
        var volunteer = volunteerNamed("𠀀李");
        String pdfLink = given().auth().oauth2(volunteer.getKey().token()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/volunteers/" + volunteer.getValue() + "/certificates")
                .then().statusCode(201).extract().path("pdf");
        for (String language : List.of("zh-CN", "en")) {
            byte[] pdf = given().auth().oauth2(volunteer.getKey().token()).header("Accept-Language", language)
                    .when().get(pdfLink).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            assertThat(TestDocuments.text(pdf)).as(language).contains("𠀀李").doesNotContain("[U+", "?李");
            assertThat(TestDocuments.fonts(pdf)).as(language).allSatisfy(f -> assertThat(f.embedded()).isTrue())
                    .extracting(TestDocuments.FontUse::name).anySatisfy(name -> assertThat(name).endsWith("HanaMinB"));
            assertThat(PdfSignatures.allValid(pdf)).isTrue();
        }
    }

    @Test
    void aCertificateWhoseNameNoFontCanPrintIsRefusedNamingTheField() {
        var volunteer = volunteerNamed("𰀀李");
        String token = volunteer.getKey().token();
        String id = volunteer.getValue();
        String problem = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/volunteers/" + id + "/certificates")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("含有证明所用字体无法打印的字符 𰀀（U+30000）；证明必须准确写出，否则不予出具"))
                .extract().asString();
        assertThat(problem).doesNotContain("?李");
        given().auth().oauth2(token).header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/volunteers/" + id + "/certificates")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("contains 𰀀 (U+30000), which the certificate font cannot print; "
                        + "a certificate states it exactly or is not issued"))
                .body("detail", equalTo("name: contains 𰀀 (U+30000), which the certificate font cannot print; "
                        + "a certificate states it exactly or is not issued"));
    }
}
