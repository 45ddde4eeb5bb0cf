package org.volunteernet.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service promises whatever its features: readiness that reflects PostgreSQL and Kafka and
 * Prometheus metrics, both on the management interface only, its OpenAPI document, and problem+json
 * for unknown paths. Each service runs it through a {@code @QuarkusTest} subclass.
 */
public abstract class ServiceBasicsContract {

    /** The management interface of the service under test (a free port in tests: quarkus.management.test-port=0). */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static String applicationName() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    /** {@code path} (e.g. /q/health/ready) on the management interface: its scheme, host and port, not its root path (/q). */
    String managementUrl(String path) {
        if (management == null) {
            return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class) + path;
        }
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort() + path;
    }

    @Test
    void readinessReflectsTheDatabaseAndTheBroker() {
        given().when().get(managementUrl("/q/health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    /**
     * Issue 18: health and metrics (JDK build, heap, consumers, every endpoint's counts) are served on the
     * management interface, a port no Service, Ingress or proxy exposes; on the public port they are unknown
     * paths, 404 problem+json whoever asks, a city administrator included.
     */
    @Test
    void healthAndMetricsAreOnTheManagementPortOnly() {
        org.assertj.core.api.Assertions.assertThat(java.net.URI.create(managementUrl("/")).getPort())
                .isNotEqualTo(io.restassured.RestAssured.port);
        given().when().get(managementUrl("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(managementUrl("/q/health/started")).then().statusCode(200);
        given().when().get(managementUrl("/q/metrics")).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("jvm_"));
        String cityAdmin = TestTokens.user(null, "city-admin").bearer();
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics",
                "/q/metrics/", "/q/metrics/jvm"}) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                    .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                    .body("type", equalTo("urn:volunteernet:problem:not-found"));
            given().header("Authorization", cityAdmin).when().get(path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        // the OpenAPI document stays public, on the public port
        given().accept("application/json").when().get(managementUrl("/q/openapi")).then().statusCode(404);
    }

    /**
     * A refusal is answered once and logs no ERROR: a malformed bearer token on a protected path, on an unknown
     * path and on the public port's /q/metrics (where a deferred identity's failure once reached Quarkus' error
     * handler after our answer was out, which logged "Response head already sent").
     */
    @Test
    void refusalsAreAnsweredOnceAndLogNoError() throws Exception {
        String protectedPath = aProtectedPath();
        java.util.List<java.util.logging.LogRecord> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            // the capture sees what the service logs (JBoss Logging through the JBoss LogManager, as the services do)
            org.jboss.logging.Logger.getLogger("org.volunteernet.contract").error("capture check");
            org.assertj.core.api.Assertions.assertThat(errors).as("the capture sees ERRORs").anyMatch(r -> "capture check".equals(r.getMessage()));
            errors.clear();
            for (String path : new String[] {protectedPath, "/api/v1/nothing-here", "/q/metrics", "/q/health/ready"}) {
                for (String authorization : new String[] {"Bearer not-a-token", "Bearer a.b.c", "Basic Zm9vOmJhcg=="}) {
                    String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                            + "\r\nConnection: close\r\n\r\n");
                    org.assertj.core.api.Assertions.assertThat(answer).as(path + " with " + authorization)
                            .matches("(?s)HTTP/1\\.1 4[0-9][0-9] .*")
                            .containsIgnoringCase("content-type: application/problem+json");
                    org.assertj.core.api.Assertions.assertThat(answer.split("HTTP/1\\.1 ", -1)).as("one answer to " + path).hasSize(2);
                }
            }
            Thread.sleep(500); // an error handler that runs after the answer logs a moment later
            org.assertj.core.api.Assertions.assertThat(errors).extracting(r -> r.getLoggerName() + ": " + r.getMessage()
                    + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")")).isEmpty();
        } finally {
            root.removeHandler(capture);
        }
    }

    /** A GET of this service's own document that needs a token and has no path parameter. */
    static String aProtectedPath() {
        io.restassured.path.json.JsonPath doc = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        return paths.entrySet().stream()
                .filter(p -> !p.getKey().contains("{") && p.getValue().containsKey("get"))
                .filter(p -> p.getValue().get("get").get("security") instanceof java.util.List<?> security && !security.isEmpty())
                .map(java.util.Map.Entry::getKey).sorted().findFirst()
                .orElseThrow(() -> new AssertionError("no protected GET without path parameters in the OpenAPI document"));
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
        // another origin gets no permission, told as problem+json (not Quarkus's empty "403 CORS Rejected")
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/nothing-here")
                .then().statusCode(403).contentType(org.volunteernet.common.problem.Problem.MEDIA_TYPE)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue())
                .body("type", org.hamcrest.Matchers.equalTo("urn:volunteernet:problem:forbidden"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("Origin"));
        given().header("Origin", "https://elsewhere.example").when().get("/api/v1/nothing-here")
                .then().statusCode(403).contentType(org.volunteernet.common.problem.Problem.MEDIA_TYPE);
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

    /** An unknown path is a 404 like any other refusal: problem+json, in Chinese by default, English on request. */
    @Test
    void anUnknownPathIsAProblemJson404() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .header("Content-Language", "zh-CN").body("title", equalTo("未找到"))
                .body("detail", equalTo("此路径下没有任何资源；请查阅本接口的 OpenAPI 文档了解可用路径"));
        given().header("Accept-Language", "en").when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").header("Content-Language", "en")
                .body("detail", equalTo(org.volunteernet.common.rest.HttpWords.UNKNOWN_PATH));
        // the operations paths on the public port answer the very same words
        given().when().get("/q/health").then().statusCode(404)
                .body("detail", equalTo("此路径下没有任何资源；请查阅本接口的 OpenAPI 文档了解可用路径"));
    }

    /**
     * Every string of every JSON request body this service documents refuses NUL, a bidirectional override and a
     * lone surrogate with a 400 naming the field (StrictJson's RequestText floor), never a 500 or a stored "?";
     * the caller holds every role, so that the body is read. A path parameter refused first is named instead.
     */
    @Test
    void everyStringOfEveryJsonBodyRefusesControlsSurrogatesAndBidiNamingTheField() {
        io.restassured.path.json.JsonPath doc = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        String caller = TestTokens.user("230110", org.volunteernet.common.security.Roles.VOLUNTEER,
                org.volunteernet.common.security.Roles.ORGANIZER, org.volunteernet.common.security.Roles.BRAND_LEADER,
                org.volunteernet.common.security.Roles.DISTRICT_ADMIN, org.volunteernet.common.security.Roles.CITY_ADMIN,
                org.volunteernet.common.security.Roles.ANALYST, org.volunteernet.common.security.Roles.SERVICE).bearer();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        int checked = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!java.util.List.of("post", "put", "patch").contains(operation.getKey())) {
                    continue;
                }
                java.util.Map<String, Object> schema = jsonBodySchema(doc, operation.getValue());
                if (schema == null || !(schema.get("properties") instanceof java.util.Map<?, ?> properties)) {
                    continue;
                }
                java.util.List<String> pathParameters = new java.util.ArrayList<>();
                java.util.regex.Matcher parameter = java.util.regex.Pattern.compile("\\{([^}]+)\\}").matcher(path.getKey());
                while (parameter.find()) {
                    pathParameters.add(parameter.group(1));
                }
                String target = path.getKey().replaceAll("\\{[^}]+\\}", java.util.UUID.randomUUID().toString());
                for (var property : properties.entrySet()) {
                    java.util.Map<?, ?> type = resolve(doc, (java.util.Map<?, ?>) property.getValue());
                    boolean text = "string".equals(type.get("type"));
                    boolean texts = "array".equals(type.get("type")) && type.get("items") instanceof java.util.Map<?, ?> items
                            && "string".equals(resolve(doc, items).get("type"));
                    if (!text && !texts) {
                        continue;
                    }
                    for (String bad : new String[] {"a\\u0000b", "a\\u202eb", "a\\ud800b", "a\\u0007b"}) {
                        String value = "\"" + bad + "\"";
                        String body = "{\"" + property.getKey() + "\":" + (texts ? "[" + value + "]" : value) + "}";
                        io.restassured.response.Response answer = given().header("Authorization", caller)
                                .contentType("application/json").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .when().request(operation.getKey().toUpperCase(java.util.Locale.ROOT), target);
                        String what = operation.getKey() + " " + path.getKey() + " " + body;
                        if (answer.statusCode() == 403) {
                            break; // a caller of another kind (e.g. a service client): the body is never read
                        }
                        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).as(what).isEqualTo(400);
                        java.util.List<String> fields = answer.jsonPath().getList("errors.field");
                        java.util.List<String> expected = new java.util.ArrayList<>(pathParameters);
                        expected.add(texts ? property.getKey() + "[0]" : String.valueOf(property.getKey()));
                        org.assertj.core.api.Assertions.assertThat(fields).as(what).isNotEmpty().allMatch(expected::contains);
                        checked++;
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(checked).as("strings of JSON bodies checked (none when the service takes no text)")
                .isGreaterThanOrEqualTo(0);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> jsonBodySchema(io.restassured.path.json.JsonPath doc, java.util.Map<String, Object> operation) {
        if (!(operation.get("requestBody") instanceof java.util.Map<?, ?> body)
                || !(body.get("content") instanceof java.util.Map<?, ?> content)
                || !(content.get("application/json") instanceof java.util.Map<?, ?> json)
                || !(json.get("schema") instanceof java.util.Map<?, ?> schema)) {
            return null;
        }
        return (java.util.Map<String, Object>) resolve(doc, schema);
    }

    /** A schema with its {@code $ref} (and a single-element allOf) followed into components.schemas. */
    private static java.util.Map<?, ?> resolve(io.restassured.path.json.JsonPath doc, java.util.Map<?, ?> schema) {
        java.util.Map<?, ?> current = schema;
        for (int depth = 0; depth < 5; depth++) {
            if (current.get("$ref") instanceof String ref) {
                current = doc.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1));
            } else if (current.get("allOf") instanceof java.util.List<?> all && all.size() == 1) {
                current = (java.util.Map<?, ?>) all.get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    /**
     * Issue of the outside tester: a 405 names the methods the path supports (Allow), a header of one value given
     * twice is a 400 naming it, and a 415 says what to send in plain words, never a Java annotation.
     */
    @Test
    void refusalsOfTheHttpLayerSayWhatIsAllowed() {
        io.restassured.path.json.JsonPath doc = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        String caller = TestTokens.user("230110", org.volunteernet.common.security.Roles.CITY_ADMIN).bearer();
        paths.entrySet().stream()
                .filter(p -> !p.getKey().contains("{") && p.getValue().containsKey("get") && !p.getValue().containsKey("delete"))
                .findFirst().ifPresent(p -> given().header("Authorization", caller).when().delete(p.getKey())
                        .then().statusCode(405).contentType("application/problem+json")
                        .header("Allow", org.hamcrest.Matchers.containsString("GET")));
        paths.entrySet().stream()
                // a POST that reads a JSON body (reporting's rebuild takes none, so it accepts any Content-Type)
                .filter(p -> !p.getKey().contains("{") && p.getValue().containsKey("post")
                        && p.getValue().get("post").containsKey("requestBody"))
                .findFirst().ifPresent(p -> {
                    given().header("Authorization", caller).header("Accept-Language", "en").contentType("application/xml")
                            .body("<x/>").when().post(p.getKey())
                            .then().statusCode(415).contentType("application/problem+json")
                            .body("detail", org.hamcrest.Matchers.allOf(
                                    org.hamcrest.Matchers.containsString("Content-Type application/xml"),
                                    org.hamcrest.Matchers.containsString("is not accepted here; send application/json"),
                                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("@"))));
                    for (String header : new String[] {"Idempotency-Key", "If-Match"}) {
                        String answer = raw("POST " + p.getKey() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + caller
                                + "\r\nContent-Type: application/json\r\n" + header + ": \"1\"\r\n" + header + ": \"2\"\r\n"
                                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                        org.assertj.core.api.Assertions.assertThat(answer).as(header + " twice").startsWith("HTTP/1.1 400")
                                .contains("\"field\":\"" + header + "\"");
                    }
                });
    }
}
