package org.volunteernet.activity.demo;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;

@QuarkusTest
class DemoOffByDefaultTest {

    @Test
    void theDemoFacilityDoesNotExistUnlessEnabled() {
        given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().post("/api/v1/demo/attendance-history")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token())
                .when().post("/api/v1/demo/attendance-history").then().statusCode(403);
    }
}
