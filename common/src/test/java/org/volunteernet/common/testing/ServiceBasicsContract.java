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
        // refused as problem+json like every other error (issue 18), the 401 with its challenge
        given().when().get("/q/metrics").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
                .body("type", equalTo("urn:volunteernet:problem:unauthenticated"));
        given().header("Authorization", "Bearer not-a-token").when().get("/q/metrics")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.user("230110", "district-admin").bearer())
                .when().get("/q/metrics").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:forbidden"));
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
        // the limit is 512 KiB. The refusal comes from the declared Content-Length, before the body is read, and
        // closes the connection: a client still writing a real 600 KiB body may meet a broken pipe instead of
        // reading the answer (a race the test lost now and then), so the headers announce 600 KiB and only the
        // start of the body follows, as a client that waits for the answer would do (Expect: 100-continue)
        String oversized = raw("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (600 * 1024) + "\r\nConnection: close\r\n\r\n{\"blob\": \"xxxx");
        org.assertj.core.api.Assertions.assertThat(oversized).startsWith("HTTP/1.1 413")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("urn:volunteernet:problem:payload-too-large").contains("\"field\":\"body\"");
        String justUnder = "{\"blob\": \"" + "x".repeat(500 * 1024) + "\"}";
        given().contentType("application/json").body(justUnder).when().post("/api/v1/anything")
                .then().statusCode(org.hamcrest.Matchers.not(413));
    }

    @Test
    void aBodyAboveTheHttpLayersOwnLimitIsAProblemJson413Too() {
        // above quarkus.http.limits.max-body-size (8M), which Quarkus itself would refuse with an empty 413
        // (a raw request: HTTP clients send the true Content-Length and nothing else)
        String tooLarge = raw("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 9000000\r\nConnection: close\r\n\r\n{}");
        org.assertj.core.api.Assertions.assertThat(tooLarge).startsWith("HTTP/1.1 413")
                .containsIgnoringCase("content-type: application/problem+json").contains("\"field\":\"body\"");
        String notANumber = raw("POST /api/v1/anything HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: twelve\r\nConnection: close\r\n\r\n{}");
        org.assertj.core.api.Assertions.assertThat(notANumber).startsWith("HTTP/1.1 400");
    }

    /**
     * Sends {@code request} as it is to the service under test and returns the answer: what arrives until
     * the connection closes or stays quiet for two seconds after the answer began.
     */
    static String raw(String request) {
        StringBuilder answer = new StringBuilder();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] buffer = new byte[8192];
            java.io.InputStream in = socket.getInputStream();
            for (int read; (read = in.read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1));
                socket.setSoTimeout(2_000);
            }
        } catch (java.net.SocketTimeoutException quiet) {
            // the answer is complete; the server did not close the connection
        } catch (java.io.IOException e) {
            if (answer.isEmpty()) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return answer.toString();
    }

    @Test
    void aTooLongRequestTargetIsAProblemJson414AndTooLargeHeadersA431() {
        given().when().get("/api/v1/" + "a".repeat(5000)).then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:uri-too-long")).body("errors[0].field", equalTo("uri"));
        given().queryParam("q", "b".repeat(5000)).when().get("/api/v1/anything")
                .then().statusCode(414).contentType("application/problem+json");
        given().header("X-Padding", "c".repeat(20 * 1024)).when().get("/api/v1/nothing-here")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:headers-too-large")).body("errors[0].field", equalTo("headers"));
        // just under the limits: an ordinary answer
        given().when().get("/api/v1/" + "a".repeat(3000)).then().statusCode(404).contentType("application/problem+json");
        given().header("X-Padding", "c".repeat(8 * 1024)).when().get("/api/v1/nothing-here").then().statusCode(404);
    }

    @Test
    void anUnknownPathIsAProblemJson404() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
