package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EveryServiceIsUpIT {

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8081,volunteer-service", "http://127.0.0.1:8082,activity-service",
            "http://127.0.0.1:8083,brand-service", "http://127.0.0.1:8084,reporting-service"})
    void isReadyAndServesItsOpenApiDocumentAndMetricsToCityAdministrators(String base, String name) {
        given().when().get(base + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get(base + "/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(name));
        given().when().get(base + "/q/metrics").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Network.token("analyst")).when().get(base + "/q/metrics")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Network.token("city-admin")).when().get(base + "/q/metrics").then().statusCode(200);
    }
}
