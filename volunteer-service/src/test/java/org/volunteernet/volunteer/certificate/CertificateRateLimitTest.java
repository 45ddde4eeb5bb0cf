package org.volunteernet.volunteer.certificate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
