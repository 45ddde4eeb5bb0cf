package org.volunteernet.volunteer.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.volunteernet.volunteer.Registrations.XIANGFANG;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.Registrations;
import org.volunteernet.volunteer.privacy.ResidentIdNumber;

/** Issue 16's identity rules through the API: each refusal is 400 problem+json naming the field. */
@QuarkusTest
class IdentityRegistrationTest {

    @Inject
    EntityManager entityManager;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/volunteers").then();
    }

    private static Map<String, Object> body(LocalDate birth, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Registrations.body(XIANGFANG, birth, Registrations.residentId(XIANGFANG, birth)));
        body.putAll(changes);
        return body;
    }

    private static String permit(String prefix, LocalDate birth) {
        // an odd sequence code: a man, as Registrations.body says (GB 11643-1999)
        String first17 = prefix + birth.toString().replace("-", "") + "%03d".formatted(2 * ThreadLocalRandom.current().nextInt(500) + 1);
        return first17 + ResidentIdNumber.checkDigit(first17);
    }

    @Test
    void namesArePhonesAreNormalisedBeforeStorageAndMasking() {
        LocalDate birth = Registrations.randomBirthDate();
        String id = post(body(birth, Map.of("name", "  Jose\u0301 Mu\u0308ller ", "phone", "+86 138-0000-1234")))
                .statusCode(201).body("name", equalTo("José Müller")).body("phone", equalTo("138****1234"))
                .extract().path("id");
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT name, phone FROM volunteer WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertThat(row[0]).isEqualTo("José Müller");
        assertThat(row[1]).isEqualTo("+8613800001234");
    }

    @Test
    void theIssuesNamesAndPhonesAreRefused() {
        LocalDate birth = Registrations.randomBirthDate();
        for (String name : new String[] {"\u00A0\u00A0", "\u200B", "李\u202E明", "李明\uD83D\uDE00"}) {
            post(body(birth, Map.of("name", name))).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("name"));
        }
        for (String phone : new String[] {"1-------------------", "000000"}) {
            post(body(birth, Map.of("phone", phone))).statusCode(400).body("errors.field", hasItem("phone"));
        }
    }

    @Test
    void residencePermitsAndTheForeignPermanentResidentIdAreCheckedLikeResidentIds() {
        LocalDate birth = Registrations.randomBirthDate();
        String hongKong = permit("810000", birth);
        String wrongCheck = hongKong.substring(0, 17) + (hongKong.charAt(17) == '1' ? '2' : '1');
        post(body(birth, Map.of("idType", "HK_MACAO_PERMIT", "idNumber", wrongCheck))).statusCode(400)
                .body("errors.field", hasItem("idNumber"));
        post(body(birth.minusDays(1), Map.of("idType", "HK_MACAO_PERMIT", "idNumber", hongKong))).statusCode(400)
                .body("errors.field", hasItem("birthDate"));
        post(body(birth, Map.of("idType", "HK_MACAO_PERMIT", "idNumber", hongKong))).statusCode(201)
                .body("idType", equalTo("HK_MACAO_PERMIT"));
        String foreign = permit("923" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000)), birth); // issued in Heilongjiang (23)
        post(body(birth, Map.of("idType", "FOREIGN_PERMANENT_RESIDENT_ID", "idNumber",
                foreign.substring(0, 17) + (foreign.charAt(17) == '1' ? '2' : '1')))).statusCode(400)
                .body("errors.field", hasItem("idNumber"));
        post(body(birth, Map.of("idType", "FOREIGN_PERMANENT_RESIDENT_ID", "idNumber", foreign))).statusCode(201);
    }

    @Test
    void errorsAreInChineseByDefaultAndInEnglishOnRequestWithStableTypes() {
        LocalDate birth = Registrations.randomBirthDate();
        post(body(birth, Map.of("phone", "000000"))).statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("urn:volunteernet:problem:validation")).body("title", equalTo("请求无效"))
                .body("errors[0].field", equalTo("phone")).body("errors[0].message", org.hamcrest.Matchers.startsWith("不是"));
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON)
                .header("Accept-Language", "en-US,en;q=0.8").body(body(birth, Map.of("phone", "000000")))
                .when().post("/api/v1/volunteers").then().statusCode(400).header("Content-Language", "en")
                .body("type", equalTo("urn:volunteernet:problem:validation")).body("title", equalTo("Request is not valid"))
                .body("errors[0].field", equalTo("phone")).body("errors[0].message", org.hamcrest.Matchers.startsWith("is not"));
        // bean validation and unknown fields too
        Map<String, Object> unknown = new HashMap<>(body(birth, Map.of()));
        unknown.put("nickname", "x");
        post(unknown).statusCode(400).body("title", equalTo("请求无效")).body("errors[0].message", equalTo("未知字段"));
    }

    @Test
    void aTwoYearOldIsRefusedAndAMinorNeedsAGuardiansConsent() {
        LocalDate two = TODAY.minusYears(2).minusDays(10);
        post(body(two, Map.of())).statusCode(400).body("errors.field", hasItem("birthDate"));

        LocalDate twelve = TODAY.minusYears(12).minusDays(ThreadLocalRandom.current().nextInt(300));
        post(body(twelve, Map.of())).statusCode(400).body("errors.field", hasItem("guardian"));
        post(body(twelve, Map.of("guardian", Map.of("name", "王建国", "relation", "PARENT", "accepted", false,
                "textVersion", "2026-01-minor")))).statusCode(400).body("errors.field", hasItem("guardian.accepted"));
        post(body(twelve, Map.of("guardian", Map.of("name", "王\u202E建国", "relation", "PARENT", "accepted", true,
                "textVersion", "2026-01-minor")))).statusCode(400).body("errors.field", hasItem("guardian.name"));

        String id = post(body(twelve, Map.of("name", "王小红", "guardian", Map.of("name", "王建国", "relation", "PARENT",
                "accepted", true, "textVersion", "2026-01-minor")))).statusCode(201)
                .body("guardian.name", equalTo("王建国")).body("guardian.relation", equalTo("PARENT"))
                .body("guardian.consentTextVersion", equalTo("2026-01-minor")).extract().path("id");
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT guardian_name, guardian_relation, "
                + "guardian_consent_text_version, guardian_consent_at FROM volunteer WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertThat(row[0]).isEqualTo("王建国");
        assertThat(row[1]).isEqualTo("PARENT");
        assertThat(row[2]).isEqualTo("2026-01-minor");
        assertThat(row[3]).isNotNull();

        // an adult's guardian is not stored
        post(body(Registrations.randomBirthDate(), Map.of("guardian", Map.of("name", "王建国", "relation", "PARENT",
                "accepted", true, "textVersion", "2026-01-minor")))).statusCode(201).body("guardian", nullValue());
    }
}
