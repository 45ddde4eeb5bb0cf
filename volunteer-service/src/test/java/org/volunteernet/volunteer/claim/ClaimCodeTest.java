package org.volunteernet.volunteer.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.VolunteerAccountLinked;
import org.volunteernet.volunteer.Registrations;
import org.volunteernet.volunteer.claim.domain.ClaimCodes;

@QuarkusTest
class ClaimCodeTest {

    @Inject
    EntityManager entityManager;

    static final TestTokens.User OFFICE = TestTokens.user("230110", "district-admin");

    /** A volunteer the Xiangfang office registered without an account. */
    static String registeredByTheOffice() {
        return given().auth().oauth2(OFFICE.token()).contentType(ContentType.JSON).body(Registrations.body("230110"))
                .when().post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
    }

    static String newCode(String volunteerId) {
        return given().auth().oauth2(OFFICE.token()).when().post("/api/v1/volunteers/" + volunteerId + "/claim-codes")
                .then().statusCode(201).extract().path("code");
    }

    static io.restassured.response.ValidatableResponse claim(TestTokens.User user, String code) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/v1/volunteers/claims").then();
    }

    /**
     * Making a claim code takes no body: {"lifetimeDays":30} would otherwise be dropped silently (the code lives its
     * configured 14 days). It is a 400 naming body, in Chinese by default; no code is made, so the earlier one is
     * not revoked and still claims the record.
     */
    @Test
    void aBodySentWhenMakingACodeIsRefusedAndMakesNoCode() {
        String volunteerId = registeredByTheOffice();
        String code = newCode(volunteerId);
        given().auth().oauth2(OFFICE.token()).contentType(ContentType.JSON).body(Map.of("lifetimeDays", 30))
                .when().post("/api/v1/volunteers/" + volunteerId + "/claim-codes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("此操作不接受请求体；请不要发送请求体"))
                .body("detail", equalTo("body：此操作不接受请求体；请不要发送请求体"));
        given().auth().oauth2(OFFICE.token()).contentType(ContentType.JSON).body(Map.of("lifetimeDays", 30))
                .header("Accept-Language", "en").when().post("/api/v1/volunteers/" + volunteerId + "/claim-codes").then()
                .statusCode(400).body("errors[0].message", equalTo("this operation takes no request body; send none"));
        claim(TestTokens.user("230110", "volunteer"), code).statusCode(200).body("id", equalTo(volunteerId));
    }

    @Test
    void aVolunteerWithoutAnAccountClaimsTheirRecordWithTheOfficesCode() {
        String volunteerId = registeredByTheOffice();
        var issued = given().auth().oauth2(OFFICE.token()).when().post("/api/v1/volunteers/" + volunteerId + "/claim-codes")
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("code", matchesPattern("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"))
                .body("volunteerId", equalTo(volunteerId)).extract();
        String code = issued.path("code");
        // Location names the volunteer, never the code (a URL lands in access logs), and the office can GET it
        assertThat(issued.header("Location")).endsWith("/api/v1/volunteers/" + volunteerId)
                .doesNotContain(code).doesNotContain(code.replace("-", ""));
        given().auth().oauth2(OFFICE.token()).when().get(java.net.URI.create(issued.header("Location")).getPath())
                .then().statusCode(200).body("id", equalTo(volunteerId));
        // stored only hashed, valid for 14 days (1,209,600 s) after its creation
        Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT code_hash, extract(epoch FROM expires_at - created_at)::bigint, floor(extract(epoch FROM expires_at))::bigint "
                + "FROM claim_code WHERE volunteer_id = ?1")
                .setParameter(1, UUID.fromString(volunteerId)).getSingleResult());
        assertThat(row[0]).isEqualTo(ClaimCodes.hash(code)).asString().doesNotContain(code.replace("-", ""));
        assertThat(((Number) row[1]).longValue()).isEqualTo(1_209_600L);
        assertThat(Instant.parse((String) issued.path("expiresAt")).getEpochSecond()).isEqualTo(((Number) row[2]).longValue());

        TestTokens.User newAccount = TestTokens.user("230110", "volunteer");
        given().auth().oauth2(newAccount.token()).when().get("/api/v1/volunteers/me").then().statusCode(404);
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            // typed in lower case with spaces instead of hyphens
            claim(newAccount, " " + code.toLowerCase().replace('-', ' ') + " ").statusCode(200)
                    .body("id", equalTo(volunteerId)).body("idNumberMasked", matchesPattern("2301\\*{10}[0-9X]{4}"));
            var record = probe.await(r -> volunteerId.equals(r.key()) && TopicProbe.text(r).contains("VolunteerAccountLinked"),
                    Duration.ofSeconds(20));
            VolunteerAccountLinked linked = EventCodec.parse(record.value()).dataAs(VolunteerAccountLinked.class);
            assertThat(linked.accountSubject()).isEqualTo(newAccount.subject());
            assertThat(linked.district()).isEqualTo("230110");
            assertThat(TopicProbe.text(record)).doesNotContain("Li Ming", code, code.replace("-", ""));
        }
        given().auth().oauth2(newAccount.token()).when().get("/api/v1/volunteers/me").then().statusCode(200)
                .body("id", equalTo(volunteerId));
        // single use: another fresh account gets 409, the same account too
        claim(TestTokens.user("230110", "volunteer"), code).statusCode(409).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("code")).body("errors[0].message", equalTo("已被使用"));
        claim(newAccount, code).statusCode(409);
        // the record is linked now: no more codes for it
        given().auth().oauth2(OFFICE.token()).when().post("/api/v1/volunteers/" + volunteerId + "/claim-codes")
                .then().statusCode(409);
    }

    @Test
    void expiredReplacedUnknownAndMalformedCodesAreRefusedClearly() {
        String volunteerId = registeredByTheOffice();
        String first = newCode(volunteerId);
        String second = newCode(volunteerId); // replaces the first
        claim(TestTokens.user("230110", "volunteer"), first).statusCode(410)
                .body("type", equalTo("urn:volunteernet:problem:gone")).body("errors[0].field", equalTo("code"))
                .body("title", equalTo("已失效"));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE claim_code SET expires_at = created_at - interval '1 second' WHERE code_hash = ?1")
                .setParameter(1, ClaimCodes.hash(second)).executeUpdate());
        claim(TestTokens.user("230110", "volunteer"), second).statusCode(410).header("Content-Language", "zh-CN");
        String neverIssued = ClaimCodes.generate();
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).contentType(ContentType.JSON)
                .header("Accept-Language", "en").body(Map.of("code", neverIssued)).when().post("/api/v1/volunteers/claims")
                .then().statusCode(422).body("errors[0].field", equalTo("code"))
                .body("errors[0].message", equalTo("is not a valid claim code"));
        // the ID number is never a claim code
        claim(TestTokens.user("230110", "volunteer"), "230110199003051236").statusCode(400)
                .body("errors[0].field", equalTo("code"));
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/volunteers/claims").then().statusCode(400).body("errors[0].field", equalTo("code"));
        // a third code still works: the refusals above used nothing up
        String third = newCode(volunteerId);
        claim(TestTokens.user("230110", "volunteer"), third).statusCode(200).body("id", equalTo(volunteerId));
    }

    @Test
    void anAccountThatHasAVolunteerCannotClaimAnother() {
        Registrations.Registered already = Registrations.selfRegistered("230110");
        String code = newCode(registeredByTheOffice());
        claim(already.user(), code).statusCode(409);
        // the code was not used up
        claim(TestTokens.user("230110", "volunteer"), code).statusCode(200);
    }

    @Test
    void onlyTheOfficeOfTheVolunteersDistrictCreatesCodesAndOnlyForRecordsWithoutAnAccount() {
        String volunteerId = registeredByTheOffice();
        String path = "/api/v1/volunteers/" + volunteerId + "/claim-codes";
        for (TestTokens.User other : new TestTokens.User[] {TestTokens.user("230102", "district-admin"),
                TestTokens.user(null, "city-admin"), TestTokens.user("230110", "organizer"),
                TestTokens.user("230110", "volunteer")}) {
            // another district's office: 404, as for an unknown id; the other roles never create codes: 403
            given().auth().oauth2(other.token()).when().post(path).then()
                    .statusCode(other.roles().contains("district-admin") ? 404 : 403)
                    .contentType("application/problem+json");
        }
        given().when().post(path).then().statusCode(401);
        given().auth().oauth2(OFFICE.token()).when().post("/api/v1/volunteers/" + UUID.randomUUID() + "/claim-codes")
                .then().statusCode(404);
        Registrations.Registered selfRegistered = Registrations.selfRegistered("230110");
        given().auth().oauth2(OFFICE.token()).when().post("/api/v1/volunteers/" + selfRegistered.id() + "/claim-codes")
                .then().statusCode(409);
        // offices do not claim
        given().auth().oauth2(OFFICE.token()).contentType(ContentType.JSON).body(Map.of("code", ClaimCodes.generate()))
                .when().post("/api/v1/volunteers/claims").then().statusCode(403);
    }

    @Test
    void guessingIsLimitedPerCaller() {
        TestTokens.User guesser = TestTokens.user("230110", "volunteer");
        for (int i = 0; i < 5; i++) {
            claim(guesser, ClaimCodes.generate()).statusCode(422);
        }
        claim(guesser, ClaimCodes.generate()).statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        claim(TestTokens.user("230110", "volunteer"), ClaimCodes.generate()).statusCode(422); // others are not held up
    }
}
