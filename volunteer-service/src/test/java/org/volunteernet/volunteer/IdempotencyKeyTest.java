package org.volunteernet.volunteer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.registration.domain.Volunteer;

/** API.md: creating calls accept an Idempotency-Key; the same key and body return the first answer, not a second row. */
@QuarkusTest
class IdempotencyKeyTest {

    static ExtractableResponse<Response> register(TestTokens.User caller, String key, Map<String, Object> body) {
        var request = given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/volunteers").then().extract();
    }

    @Test
    void theSameKeyAndBodyReturnTheFirstAnswerAndWriteOneRow() {
        TestTokens.User office = TestTokens.user("230110", "district-admin");
        Map<String, Object> body = Registrations.body("230110");
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = register(office, key, body);
        ExtractableResponse<Response> again = register(office, key, body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(Volunteer.count("birthDate = ?1 and idNumberMasked = ?2", LocalDate.parse((String) body.get("birthDate")),
                first.<String>path("idNumberMasked"))).isEqualTo(1);
        // without a key the same request is a new attempt, refused as a duplicate
        assertThat(register(office, null, body).statusCode()).isEqualTo(409);
    }

    @Test
    void theReplayIsTheFirstAnswerByteForByteEvenBeyondTheBasicPlane() {
        // an emoji and an Extension B character (U+20000): four UTF-8 bytes each on the wire, first time and replay
        TestTokens.User office = TestTokens.user("230110", "district-admin");
        Map<String, Object> body = new HashMap<>(Registrations.body("230110"));
        body.put("community", "幸福社区🌸𠀀");
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = register(office, key, body);
        ExtractableResponse<Response> again = register(office, key, body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.asString()).contains("幸福社区🌸𠀀").doesNotContain("\\u");
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
    }

    @Test
    void twoConcurrentRequestsWithOneKeyWriteOneRowAndGetOneAnswer() throws Exception {
        TestTokens.User office = TestTokens.user("230110", "district-admin");
        Map<String, Object> body = Registrations.body("230110");
        String key = UUID.randomUUID().toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ExtractableResponse<Response>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> register(office, key, body)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int replayed = 0;
            for (var answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(201); // the later ones wait for the first, then replay it
                ids.add(response.path("id"));
                replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertThat(ids).hasSize(1);
            assertThat(replayed).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        TestTokens.User office = TestTokens.user("230110", "district-admin");
        String key = UUID.randomUUID().toString();
        assertThat(register(office, key, Registrations.body("230110")).statusCode()).isEqualTo(201);
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Registrations.body("230110")).when().post("/api/v1/volunteers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:idempotency-key-reused"))
                .body("errors.field", org.hamcrest.Matchers.contains("Idempotency-Key"))
                .body("errors[0].message", equalTo("已用于另一个请求；新的请求请使用新的键"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .header("Accept-Language", "en").body(Registrations.body("230110")).when().post("/api/v1/volunteers")
                .then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("was used for a different request; use a new key for a new request"));
    }

    @Test
    void keysBelongToTheirCallerAndAFailedAttemptDoesNotUseThemUp() {
        String key = UUID.randomUUID().toString();
        assertThat(register(TestTokens.user("230110", "district-admin"), key, Registrations.body("230110")).statusCode())
                .isEqualTo(201);
        TestTokens.User other = TestTokens.user("230110", "district-admin");
        Map<String, Object> refused = new HashMap<>(Registrations.body("230110"));
        refused.put("district", "230102"); // another district: 403, and the key stays free
        assertThat(register(other, key, refused).statusCode()).isEqualTo(403);
        ExtractableResponse<Response> answer = register(other, key, Registrations.body("230110"));
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aMalformedKeyIs400() {
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "x".repeat(201)).body(Registrations.body("230110"))
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"))
                .header("Idempotent-Replayed", nullValue());
    }
}
