package org.volunteernet.volunteer.certificate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.ratelimit.RateLimits;
import org.volunteernet.common.testing.TestTokens;

/** Issue 18: per-caller limits on the expensive and the public certificate calls (common/ratelimit). */
@QuarkusTest
class CertificateRateLimitTest {

    @Inject
    RateLimits limits;

    @Test
    void publicVerificationAllowsThirtyLookupsAMinutePerCallerThenAnswers429WithRetryAfter() {
        String caller = TestTokens.user("230110", "volunteer").token(); // a caller of its own, whatever other tests did
        for (int i = 0; i < 30; i++) {
            given().auth().oauth2(caller).when().get("/api/v1/certificates/NO-SUCH-CODE-" + i).then().statusCode(404);
        }
        given().auth().oauth2(caller).when().get("/api/v1/certificates/NO-SUCH-CODE-X")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:volunteernet:problem:too-many-requests"));
        // another caller is not affected
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).when().get("/api/v1/certificates/NO-SUCH-CODE-X")
                .then().statusCode(404);
    }

    @Test
    void issuingAllowsTwentyCertificatesAMinutePerCallerThenAnswers429WithRetryAfter() {
        String caller = TestTokens.user("230110", "volunteer").token(); // a caller of its own
        String path = "/api/v1/volunteers/" + UUID.randomUUID() + "/certificates"; // not the caller's: counted, then refused
        for (int i = 0; i < 20; i++) {
            given().auth().oauth2(caller).contentType(ContentType.JSON).body(Map.of()).when().post(path)
                    .then().statusCode(org.hamcrest.Matchers.not(429));
        }
        given().auth().oauth2(caller).contentType(ContentType.JSON).body(Map.of()).when().post(path)
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:volunteernet:problem:too-many-requests"))
                .body("detail", org.hamcrest.Matchers.containsString("certificate-issue"));
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).contentType(ContentType.JSON).body(Map.of())
                .when().post(path).then().statusCode(org.hamcrest.Matchers.not(429));
    }

    @Test
    void renderingAllowsThirtyPdfsAMinutePerCallerThenAnswers429WithRetryAfter() {
        String caller = TestTokens.user("230110", "district-admin").token(); // a caller of its own
        String path = "/api/v1/volunteers/" + UUID.randomUUID() + "/certificates/K7Q2-M9XA-4TPE-W3RN/pdf"; // no such certificate
        for (int i = 0; i < 30; i++) {
            given().auth().oauth2(caller).when().get(path).then().statusCode(org.hamcrest.Matchers.not(429));
        }
        given().auth().oauth2(caller).when().get(path)
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("Cache-Control", "no-store")
                .body("type", equalTo("urn:volunteernet:problem:too-many-requests"))
                .body("detail", org.hamcrest.Matchers.containsString("certificate-pdf"));
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).when().get(path)
                .then().statusCode(org.hamcrest.Matchers.not(429));
    }

    @Test
    void eachCallerHasItsOwnAllowanceAndARefusedCallNeverRuns() throws Exception {
        String operation = "test-" + UUID.randomUUID(); // limited by volunteernet.rate-limits.default: 60 a minute
        int[] runs = {0};
        for (int i = 0; i < 60; i++) {
            limits.within(operation, "subject:a", () -> ++runs[0]);
        }
        assertThatThrownBy(() -> limits.within(operation, "subject:a", () -> ++runs[0]))
                .isInstanceOfSatisfying(RateLimits.TooManyRequests.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 60L);
                    assertThat(e.getMessage()).contains("At most 60 calls of " + operation + " per 1m");
                });
        assertThat(runs[0]).isEqualTo(60);
        assertThat(limits.within(operation, "subject:b", () -> "b")).isEqualTo("b");
    }
}
