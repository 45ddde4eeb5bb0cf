package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EveryServiceIsUpIT {

    /**
     * Issue 18: health and metrics live on each service's management port (the public port + 1000 locally,
     * 9000 in Kubernetes, exposed by no Service, Ingress or proxy); on the public port they are unknown paths,
     * 404 problem+json whoever asks. The OpenAPI document stays on the public port.
     */
    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8081,volunteer-service", "http://127.0.0.1:8082,activity-service",
            "http://127.0.0.1:8083,brand-service", "http://127.0.0.1:8084,reporting-service"})
    void isReadyOnItsManagementPortAndServesItsOpenApiDocumentPublicly(String base, String name) {
        String management = Network.management(base);
        given().when().get(management + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().accept("application/json").when().get(base + "/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(name));
        for (String operations : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(base + operations).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(Network.token("city-admin")).when().get(base + operations)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        // nor through the one address
        given().when().get("http://127.0.0.1:8080/q/metrics").then().statusCode(404);
    }
}
