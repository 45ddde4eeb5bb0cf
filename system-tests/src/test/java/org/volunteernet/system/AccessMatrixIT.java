package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, for every endpoint of every service: the expected answers are declared once in
 * {@code access-matrix.csv} (every endpoint × role, with own and other district and owner and
 * non-owner), the endpoints come from the services' OpenAPI documents (an endpoint missing from
 * the table fails the test), and each cell is tried with the real Keycloak tokens of the demo
 * users. Any 2xx where the table says no fails; so does a 401/403 on a read the table allows; so does any
 * answer without {@code Cache-Control: no-store} and {@code X-Content-Type-Options: nosniff}.
 */
class AccessMatrixIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> SERVICES = Map.of("volunteer", Network.VOLUNTEERS, "activity", Network.ACTIVITIES,
            "brand", Network.BRANDS, "reporting", Network.REPORTS);
    static final List<String> ROLES = List.of("volunteer", "organizer", "brand-leader", "district-admin", "city-admin",
            "analyst", "anonymous");

    /** The demo users standing for a role: the own-district user first, then who must be told apart from them. */
    record Caller(String user, String standing) {
    }

    static final Map<String, List<Caller>> CALLERS = Map.of(
            "volunteer", List.of(new Caller("vol-xiangfang", "owner"), new Caller("vol2-xiangfang", "non-owner"),
                    new Caller("vol-daoli", "other district")),
            "organizer", List.of(new Caller("org-xiangfang", "own"), new Caller("org-daoli", "other district")),
            "brand-leader", List.of(new Caller("leader-xiangfang", "own")),
            "district-admin", List.of(new Caller("admin-xiangfang", "own"), new Caller("admin-daoli", "other district")),
            "city-admin", List.of(new Caller("city-admin", "own")),
            "analyst", List.of(new Caller("analyst", "own")),
            "anonymous", List.of(new Caller(null, "own")));

    final Map<String, String> tokens = new HashMap<>();
    final Map<String, String> fixtures = new HashMap<>();
    final List<String> unexpected = new ArrayList<>();
    /** Answers without Cache-Control: no-store or X-Content-Type-Options: nosniff (issue 18: personal data, PIPL). */
    final List<String> unprotected = new ArrayList<>();
    final Map<Integer, Integer> refusals = new TreeMap<>();
    int allowedReads;
    int requests;

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() throws Exception {
        List<CSVRecord> table;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/access-matrix.csv"), StandardCharsets.UTF_8)) {
            table = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get().parse(in).getRecords();
        }
        Map<String, JsonNode> openApi = new LinkedHashMap<>();
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            JsonNode doc = JSON.readTree(given().accept("application/json").when().get(service.getValue() + "/q/openapi")
                    .then().statusCode(200).extract().asString());
            openApi.put(service.getKey(), doc);
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fieldNames().forEachRemaining(method -> documented.add(
                        service.getKey() + " " + method.toUpperCase() + " " + path.getKey()));
            }
        }
        Set<String> declared = new TreeSet<>();
        table.forEach(row -> declared.add(row.get("service") + " " + row.get("method") + " " + row.get("path")));
        assertThat(declared).as("the access table covers exactly the documented endpoints").isEqualTo(documented);

        prepareFixtures();
        for (CSVRecord row : table) {
            JsonNode operation = openApi.get(row.get("service")).path("paths").path(row.get("path")).path(row.get("method").toLowerCase());
            for (String role : ROLES) {
                check(row, operation, openApi.get(row.get("service")), role, row.get(role));
            }
        }
        System.out.printf("access matrix: %d endpoints x %d roles, %d requests; allowed reads answered: %d; "
                        + "refusals by status: %s; unexpected: %d; without no-store and nosniff: %d%n",
                table.size(), ROLES.size(), requests, allowedReads, refusals, unexpected.size(), unprotected.size());
        assertThat(unexpected).as("answers the access table does not allow").isEmpty();
        assertThat(unprotected).as("answers without Cache-Control: no-store and X-Content-Type-Options: nosniff").isEmpty();
    }

    void check(CSVRecord row, JsonNode operation, JsonNode openApi, String role, String cell) throws Exception {
        boolean read = "GET".equals(row.get("method"));
        for (Caller caller : CALLERS.get(role)) {
            boolean allowed = switch (cell) {
                case "all" -> true;
                case "own" -> !caller.standing().equals("other district");
                case "owner" -> caller.standing().equals("owner");
                case "-" -> false;
                default -> throw new IllegalArgumentException("unknown cell " + cell + " in " + row);
            };
            if (allowed && !read) {
                continue; // allowed writes would change the demo data
            }
            int status = send(row, operation, openApi, caller.user());
            String where = row.get("method") + " " + row.get("path") + " as " + (caller.user() == null ? "anonymous" : caller.user())
                    + " (" + role + ", " + caller.standing() + ")";
            if (allowed && (status == 401 || status == 403)) {
                unexpected.add(where + ": allowed by the table, answered " + status);
            } else if (!allowed && status / 100 == 2) {
                unexpected.add(where + ": refused by the table, answered " + status);
            } else if (allowed) {
                allowedReads++;
            } else {
                refusals.merge(status, 1, Integer::sum);
            }
        }
    }

    int send(CSVRecord row, JsonNode operation, JsonNode openApi, String user) throws Exception {
        String path = row.get("path");
        for (String param : List.of("district", "code", "recordId", "occurrenceId", "volunteerId", "id", "date", "deedId", "signupId", "organizationId", "secret")) {
            path = path.replace("{" + param + "}", fixture(param, row.get("path")));
        }
        String url = SERVICES.get(row.get("service")) + path + (row.get("query").isEmpty() ? "" : "?" + row.get("query"));
        RequestSpecification request = given();
        if (user != null) {
            request.auth().oauth2(tokens.computeIfAbsent(user, Network::token));
        }
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            JsonNode body = OpenApiSamples.sample(openApi, schema, 0);
            if (body instanceof ObjectNode object) {
                fill(object);
            }
            request.contentType(ContentType.JSON).body(body.toString());
        }
        if (row.get("path").equals("/api/v1/volunteers/{id}") && row.get("method").equals("PATCH")) {
            request.header("If-Match", fixtures.get("etag")); // a current version, so that only the access rule can refuse
        }
        requests++;
        if (operation.path("responses").path("200").path("content").has("text/event-stream")) {
            return streamStatus(url, user);
        }
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> answer =
                request.when().request(row.get("method"), url).then().extract();
        protectedAnswer(row.get("method") + " " + url + " as " + (user == null ? "anonymous" : user), answer.statusCode(),
                answer.header("Cache-Control"), answer.header("X-Content-Type-Options"));
        return answer.statusCode();
    }

    /** Every answer, allowed or refused, says no-store and nosniff: most hold personal data no cache may keep. */
    void protectedAnswer(String where, int status, String cacheControl, String contentTypeOptions) {
        if (cacheControl == null || !cacheControl.contains("no-store") || !"nosniff".equals(contentTypeOptions)) {
            unprotected.add(where + " answered " + status + " with Cache-Control: " + cacheControl
                    + ", X-Content-Type-Options: " + contentTypeOptions);
        }
    }

    /**
     * A server-sent event stream stays open: its status is read from the response head, and a stream that sends
     * nothing within 5 seconds (no new notification) counts as answered 200, since a refusal (401/403) answers at once.
     */
    int streamStatus(String url, String user) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Accept", "text/event-stream");
        if (user != null) {
            request.header("Authorization", "Bearer " + tokens.computeIfAbsent(user, Network::token));
        }
        java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<java.io.InputStream>> response = STREAMS.sendAsync(
                request.build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        try {
            java.net.http.HttpResponse<java.io.InputStream> head = response.get(5, java.util.concurrent.TimeUnit.SECONDS);
            head.body().close();
            protectedAnswer("GET " + url + " (stream) as " + (user == null ? "anonymous" : user), head.statusCode(),
                    head.headers().firstValue("Cache-Control").orElse(null),
                    head.headers().firstValue("X-Content-Type-Options").orElse(null));
            return head.statusCode();
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            response.cancel(true);
            return 200;
        }
    }

    static final java.net.http.HttpClient STREAMS = java.net.http.HttpClient.newHttpClient();

    /** Sample bodies name the fixtures, so that a refusal can only come from the access rule. */
    void fill(ObjectNode body) {
        Map<String, String> known = Map.of("district", Network.XIANGFANG, "volunteerId", fixtures.get("volunteer"),
                "founderVolunteerId", fixtures.get("volunteer"), "leaderVolunteerId", fixtures.get("volunteer"),
                "brandId", fixtures.get("brand"), "groupId", fixtures.get("group"));
        known.forEach((field, value) -> {
            if (body.has(field)) {
                body.put(field, value);
            }
        });
    }

    String fixture(String param, String template) {
        return switch (param) {
            case "district" -> Network.XIANGFANG;
            case "code" -> "K7Q2-M9XA-4TPE";
            case "recordId" -> fixtures.get("record");
            case "occurrenceId" -> fixtures.get("occurrence");
            case "volunteerId" -> fixtures.get("volunteer");
            case "date" -> "2026-01-05"; // a diary day: the refusals come from the access rule before the day is looked at
            case "secret" -> "0123456789abcdef0123456789abcdef"; // a calendar feed secret nobody was given
            default -> {
                String rest = template.substring("/api/v1/".length());
                if (rest.startsWith("volunteers/") || rest.startsWith("calendar/volunteers/") || rest.startsWith("reports/volunteers/")) {
                    yield fixtures.get("volunteer");
                } else if (rest.startsWith("activities/")) {
                    yield fixtures.get("activity");
                } else if (rest.startsWith("brands/") || rest.startsWith("calendar/brands/") || rest.startsWith("reports/brands/")) {
                    yield fixtures.get("brand");
                } else if (rest.startsWith("groups/")) {
                    yield fixtures.get("group");
                } else if (rest.startsWith("work-units/") || rest.startsWith("reports/work-units/")) {
                    yield fixtures.get("unit");
                }
                yield UUID.randomUUID().toString(); // corrections, rebuilds: an id that does not exist
            }
        };
    }

    /** Xiangfang's data from the demo network, plus a group led by leader-xiangfang and a work unit. */
    void prepareFixtures() {
        String volunteerToken = Network.token("vol-xiangfang");
        String volunteer = Network.ownVolunteerId(volunteerToken, Network.XIANGFANG);
        fixtures.put("volunteer", volunteer);
        Network.ownVolunteerId(Network.token("vol2-xiangfang"), Network.XIANGFANG);
        Network.ownVolunteerId(Network.token("vol-daoli"), Network.DAOLI);
        String office = Network.token("admin-xiangfang");
        fixtures.put("etag", given().auth().oauth2(office).when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + volunteer)
                .then().statusCode(200).extract().header("ETag"));
        List<String> records = given().auth().oauth2(volunteerToken)
                .when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + volunteer + "/service-records")
                .then().statusCode(200).extract().path("items.id");
        fixtures.put("record", records.isEmpty() ? UUID.randomUUID().toString() : records.get(0));
        String leader = Network.token("leader-xiangfang");
        String brand = given().auth().oauth2(leader).when().get(Network.BRANDS + "/api/v1/brands?district=" + Network.XIANGFANG)
                .then().statusCode(200).extract().path("items[0].id");
        fixtures.put("brand", brand);
        String leaderId = Network.ownVolunteerId(leader, Network.XIANGFANG);
        fixtures.put("group", given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("name", "Access Check " + UUID.randomUUID().toString().substring(0, 8), "leaderVolunteerId", leaderId))
                .when().post(Network.BRANDS + "/api/v1/brands/" + brand + "/groups").then().statusCode(201).extract().path("id"));
        fixtures.put("unit", given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("name", "Access Check Depot " + UUID.randomUUID().toString().substring(0, 8), "kind", "ENTERPRISE",
                        "district", Network.XIANGFANG))
                .when().post(Network.BRANDS + "/api/v1/work-units").then().statusCode(201).extract().path("id"));
        String activity = given().auth().oauth2(volunteerToken).when().get(Network.ACTIVITIES + "/api/v1/activities?district=" + Network.XIANGFANG)
                .then().statusCode(200).extract().path("items[0].id");
        fixtures.put("activity", activity);
        fixtures.put("occurrence", given().auth().oauth2(volunteerToken)
                .when().get(Network.ACTIVITIES + "/api/v1/activities/" + activity + "/occurrences")
                .then().statusCode(200).extract().path("items[0].id"));
    }
}
