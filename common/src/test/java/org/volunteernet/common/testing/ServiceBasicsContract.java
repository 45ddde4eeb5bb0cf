package org.volunteernet.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service promises whatever its features: readiness that reflects PostgreSQL and Kafka,
 * its OpenAPI document, Prometheus metrics, and problem+json for unknown paths. Each service runs
 * it through a {@code @QuarkusTest} subclass.
 */
public abstract class ServiceBasicsContract {

    private static String applicationName() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    @Test
    void readinessReflectsTheDatabaseAndTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void theOpenApiDocumentIsServedUnderTheServiceName() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo(applicationName()));
    }

    @Test
    void theOpenApiDocumentNamesServersTheRealmAndEveryOperationsRefusals() {
        io.restassured.path.json.JsonPath doc = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(doc.getList("servers.url")).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(doc.getString("components.securitySchemes.SecurityScheme.openIdConnectUrl"))
                .endsWith("/realms/volunteer-network/.well-known/openid-configuration");
        org.assertj.core.api.Assertions.assertThat(doc.getMap("components.schemas.Problem.properties")).containsKeys("type", "errors");
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!java.util.List.of("get", "post", "put", "patch", "delete").contains(method)) {
                return;
            }
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> responses = (java.util.Map<String, Object>) operation.get("responses");
            org.assertj.core.api.Assertions.assertThat(responses).as(method + " " + path).containsKeys("400", "429");
            org.assertj.core.api.Assertions.assertThat(operation).as(method + " " + path + " says who may call it").containsKey("security");
        }));
    }

    @Test
    void webAppsOfTheConfiguredOriginsMayCallTheApiOthersNot() {
        // the preflight of a browser's POST with a token and an Idempotency-Key, from the local web dev server
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,if-match")
                .when().options("/api/v1/nothing-here")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"))
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("Idempotency-Key"));
        // the answer itself shows the browser the headers a client needs
        given().header("Origin", "http://localhost:5173").when().get("/api/v1/nothing-here")
                .then().header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("ETag"), org.hamcrest.Matchers.containsString("Idempotent-Replayed"),
                        org.hamcrest.Matchers.containsString("Location")));
        // another origin gets no permission
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/nothing-here")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theStoredDocumentIsTheServedOneWithNetworkUniqueNamedOperations() {
        io.restassured.path.json.JsonPath doc = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (java.util.List.of("get", "post", "put", "patch", "delete").contains(method)) {
                org.assertj.core.api.Assertions.assertThat((String) operation.get("operationId")).as(method + " " + path)
                        .matches("[a-z]+[A-Z][A-Za-z0-9]*");
            }
        }));
        org.assertj.core.api.Assertions.assertThat(doc.getMap("components.securitySchemes")).containsKeys("SecurityScheme", "oauth2");
    }

    @Test
    void prometheusMetricsAreServedToCityAdministratorsOnly() {
        given().when().get("/q/metrics").then().statusCode(401);
        given().header("Authorization", TestTokens.user("230110", "district-admin").bearer())
                .when().get("/q/metrics").then().statusCode(403);
        given().header("Authorization", TestTokens.user(null, "city-admin").bearer())
                .when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void everyAnswerForbidsSniffingAndCaching() {
        given().when().get("/api/v1/nothing-here").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    @Test
    void malformedTextInTheQueryIsA400NamingTheParameter() {
        // NUL, an overlong '/' (C0 AF), a UTF-8-encoded lone surrogate (ED A0 80), a right-to-left override
        for (String raw : new String[] {"a%00b", "%C0%AF", "%ED%A0%80", "%E2%80%AEx"}) {
            given().urlEncodingEnabled(false).when().get("/api/v1/nothing-here?needle=" + raw)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("needle"));
        }
        given().urlEncodingEnabled(false).when().get("/api/v1/nothing%C0%AFhere")
                .then().statusCode(400).body("errors[0].field", equalTo("path"));
    }

    @Test
    void aBodyAboveTheLimitIsAProblemJson413BeforeAnythingElse() {
        String oversized = "{\"blob\": \"" + "x".repeat(600 * 1024) + "\"}"; // the limit is 512 KiB
        given().contentType("application/json").body(oversized).when().post("/api/v1/anything")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:payload-too-large"))
                .body("errors[0].field", equalTo("body"));
        String justUnder = "{\"blob\": \"" + "x".repeat(500 * 1024) + "\"}";
        given().contentType("application/json").body(justUnder).when().post("/api/v1/anything")
                .then().statusCode(org.hamcrest.Matchers.not(413));
    }

    @Test
    void anUnknownPathIsAProblemJson404() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
