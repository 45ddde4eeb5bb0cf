package org.volunteernet.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;

/**
 * Issue 18: replaying every topic is expensive, so a caller may start two rebuilds in ten minutes
 * (volunteernet.rate-limits.rebuild); the third is 429 problem+json with Retry-After. A refused start
 * starts nothing.
 */
@QuarkusTest
class RebuildRateLimitTest {

    @Test
    void twoRebuildsInTenMinutesPerCallerThen429WithRetryAfter() {
        String cityAdmin = TestTokens.user(null, "city-admin").token(); // a caller of its own
        List<String> started = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) { // 202, or 409 while the first still runs: both count
                ExtractableResponse<Response> answer = given().auth().oauth2(cityAdmin).when().post("/api/v1/reports/rebuilds")
                        .then().extract();
                assertThat(answer.statusCode()).isIn(202, 409);
                if (answer.statusCode() == 202) {
                    started.add(answer.header("Location"));
                }
            }
            given().auth().oauth2(cityAdmin).when().post("/api/v1/reports/rebuilds")
                    .then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("type", equalTo("urn:volunteernet:problem:too-many-requests"))
                    .body("detail", org.hamcrest.Matchers.containsString("rebuild"));
        } finally {
            // the next tests read the reports: wait until what was started has ended
            for (String location : started) {
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                        !"RUNNING".equals(given().auth().oauth2(cityAdmin).when().get(location).then().statusCode(200)
                                .extract().path("state")));
            }
        }
        assertThat(started).isNotEmpty();
    }
}
