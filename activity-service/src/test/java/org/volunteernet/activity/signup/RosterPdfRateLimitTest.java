package org.volunteernet.activity.signup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;

/**
 * Issue 18: rendering the printable sign-in sheet (PDF) is limited per caller, 30 a minute
 * (volunteernet.rate-limits.roster-pdf), then 429 problem+json with Retry-After; the roster's JSON, CSV
 * and XLSX forms are not limited by it, nor is another caller.
 */
@QuarkusTest
class RosterPdfRateLimitTest {

    @Test
    void thirtySignInSheetsAMinutePerCallerThen429WithRetryAfter() {
        String office = TestTokens.user("230110", "district-admin").token(); // a caller of its own, whatever other tests did
        String path = "/api/v1/occurrences/" + UUID.randomUUID() + "/signups"; // no such occurrence: counted, then 404
        for (int i = 0; i < 30; i++) {
            given().auth().oauth2(office).accept("application/pdf").when().get(path)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(office).accept("application/pdf").when().get(path)
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("Cache-Control", "no-store")
                .body("type", equalTo("urn:volunteernet:problem:too-many-requests"))
                .body("status", equalTo(429));
        // the JSON roster is not the expensive form: not limited by the sheets' allowance
        given().auth().oauth2(office).when().get(path).then().statusCode(404);
        // another caller is not affected
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).accept("application/pdf").when().get(path)
                .then().statusCode(404);
    }
}
