package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The network's one address and its contract (issue 17, docs/openapi.md): the four services' documents
 * name every operation uniquely across the network and share a schema name only for the same schema; the
 * proxy on 8080 routes every path of every document to the service that serves it and serves the combined
 * document naming itself as the server.
 */
class OneAddressAndContractIT {

    static final String PROXY = "http://127.0.0.1:8080";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> SERVICES = new LinkedHashMap<>(Map.of(
            "volunteer-service", Network.VOLUNTEERS, "activity-service", Network.ACTIVITIES,
            "brand-service", Network.BRANDS, "reporting-service", Network.REPORTS));
    static final Map<String, JsonNode> DOCUMENTS = new LinkedHashMap<>();

    @BeforeAll
    static void readTheDocuments() throws Exception {
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            DOCUMENTS.put(service.getKey(), JSON.readTree(given().accept("application/json").when()
                    .get(service.getValue() + "/q/openapi").then().statusCode(200).extract().asString()));
        }
    }

    static List<String[]> operations(JsonNode doc) {
        List<String[]> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    found.add(new String[] {path.getKey(), op.getKey(), op.getValue().path("operationId").asText(null)});
                }
            }
        }
        return found;
    }

    @Test
    void operationIdsAreUniqueAcrossTheNetworkAndSchemaNamesMeanOneThing() {
        Map<String, String> operationIds = new HashMap<>();
        Map<String, JsonNode> schemas = new HashMap<>();
        Map<String, String> schemaOwner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        DOCUMENTS.forEach((service, doc) -> {
            for (String[] op : operations(doc)) {
                String where = service + " " + op[1].toUpperCase() + " " + op[0];
                if (op[2] == null) {
                    problems.add(where + ": no operationId");
                } else if (operationIds.putIfAbsent(op[2], where) != null) {
                    problems.add(where + ": operationId " + op[2] + " is also " + operationIds.get(op[2]));
                }
            }
            doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
                JsonNode earlier = schemas.putIfAbsent(schema.getKey(), schema.getValue());
                if (earlier != null && !earlier.equals(schema.getValue())) {
                    problems.add("schema " + schema.getKey() + " of " + service + " differs from the one of "
                            + schemaOwner.get(schema.getKey()) + ": name one of them apart with @Schema(name = ...)");
                }
                schemaOwner.putIfAbsent(schema.getKey(), service);
                if (operationIds.containsKey(Character.toLowerCase(schema.getKey().charAt(0)) + schema.getKey().substring(1))) {
                    problems.add("schema " + schema.getKey() + " has the name of an operation");
                }
            });
        });
        assertThat(problems).isEmpty();
        assertThat(operationIds).containsKeys("registerVolunteer", "getMyVolunteer", "writeDiaryEntry", "signUpForOccurrence",
                "issueCertificate", "scheduleActivity", "createBrand", "formBrandGroup");
    }

    @Test
    void theProxyRoutesEveryPathToItsServiceAndServesTheCombinedDocument() throws Exception {
        // every path of every service, its parameters filled with a random id, reaches that service through
        // the proxy: the answer is the service's own (problem+json from Quarkus), never the proxy's 404/502
        Path routes = Path.of(System.getProperty("volunteernet.root", "."), "deploy/local/proxy/routes");
        List<String> lines = Files.readAllLines(routes).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        Map<String, String> ports = Map.of("volunteer-service", "8081", "activity-service", "8082",
                "brand-service", "8083", "reporting-service", "8084");
        List<String> unrouted = new ArrayList<>();
        DOCUMENTS.forEach((service, doc) -> doc.path("paths").fieldNames().forEachRemaining(path -> {
            String rest = path.substring("/api/v1/".length());
            boolean routed = lines.stream().map(l -> l.trim().split("\\s+")).anyMatch(route ->
                    (rest.equals(route[0]) || rest.startsWith(route[0] + "/")) && route[1].equals(ports.get(service)));
            if (!routed) {
                unrouted.add(service + " " + path + ": no line in deploy/local/proxy/routes");
            }
        }));
        assertThat(unrouted).isEmpty();
        String token = Network.token("city-admin");
        for (String[] probe : new String[][] {{"/api/v1/volunteers/me", "8081"}, {"/api/v1/activities?limit=1", "8082"},
                {"/api/v1/brands?limit=1", "8083"}, {"/api/v1/reports/city", "8084"}}) {
            String direct = given().auth().oauth2(token).when().get("http://127.0.0.1:" + probe[1] + probe[0]).then()
                    .extract().statusLine();
            String proxied = given().auth().oauth2(token).when().get(PROXY + probe[0]).then().extract().statusLine();
            assertThat(proxied).as(probe[0]).isEqualTo(direct);
        }
        given().when().get(PROXY + "/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        JsonNode combined = JSON.readTree(given().when().get(PROXY + "/api/v1/openapi.json").then().statusCode(200)
                .extract().asString());
        assertThat(combined.path("servers").get(0).path("url").asText()).isEqualTo(PROXY);
        int all = DOCUMENTS.values().stream().mapToInt(doc -> operations(doc).size()).sum();
        assertThat(operations(combined)).hasSize(all);
        assertThat(combined.path("components").path("securitySchemes").has("oauth2")).isTrue();
    }

    /**
     * Every answer through the proxy is problem+json, the proxy's own refusals included (deploy/local/proxy-test.sh
     * proves each on a throwaway nginx; this is the same in front of the real services): a body above the services'
     * 512 KiB is 413 every time (never the 503 of a service that cut the upload), a header line above 16 KiB 431,
     * nginx's own 400 (a %00 in the path) 400, and a preflight from an unlisted origin 403.
     */
    @Test
    void theProxysOwnRefusalsAreProblemJsonWithTheServicesStatuses() {
        byte[] large = new byte[2_200_000];
        java.util.Arrays.fill(large, (byte) 'a');
        for (int attempt = 0; attempt < 8; attempt++) {
            given().contentType("application/json").body(large).when().post(PROXY + "/api/v1/volunteers").then()
                    .statusCode(413).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("urn:volunteernet:problem:payload-too-large"));
        }
        given().contentType("application/json").body(java.util.Arrays.copyOf(large, 700_000))
                .when().post(PROXY + "/api/v1/volunteers").then().statusCode(413).contentType("application/problem+json");
        given().header("X-Large", "b".repeat(20_000)).when().get(PROXY + "/api/v1/volunteers/me").then()
                .statusCode(431).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:volunteernet:problem:headers-too-large"));
        given().urlEncodingEnabled(false).when().get(PROXY + "/api/v1/certificates/%00").then()
                .statusCode(400).contentType("application/problem+json");
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options(PROXY + "/api/v1/volunteers").then()
                .statusCode(403).contentType("application/problem+json");
        // findings F7, F9: nginx refuses a second If-Match itself; it answers as the services do for a second
        // Idempotency-Key, and its own answers carry the services' headers and language
        given().contentType("application/json").header("If-Match", "\"2\"").header("If-Match", "\"2\"").body("{}")
                .when().patch(PROXY + "/api/v1/activities/00000000-0000-0000-0000-000000000000").then()
                .statusCode(400).contentType("application/problem+json")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("If-Match"))
                .body("instance", org.hamcrest.Matchers.equalTo("/api/v1/activities/00000000-0000-0000-0000-000000000000"));
        given().when().get(PROXY + "/api/v1/nope").then().statusCode(404).header("Cache-Control", "no-store")
                .header("Content-Language", "zh-CN").body("title", org.hamcrest.Matchers.equalTo("未找到"));
        given().header("Accept-Language", "en").when().get(PROXY + "/api/v1/nope").then().statusCode(404)
                .body("title", org.hamcrest.Matchers.equalTo("Not found"));
    }
}
