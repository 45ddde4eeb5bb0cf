package org.volunteernet.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A fuzzer over every endpoint of every service, driven by each service's own OpenAPI document:
 * bad path ids, bad query values, malformed and truncated JSON, wrong types, huge strings and
 * arrays, unknown fields, invalid enums and dates, negative and enormous numbers, oversized
 * bodies, and one Idempotency-Key reused with another body. Every request goes out under several
 * real Keycloak tokens, so that it reaches validation whatever role the endpoint wants.
 * Expected: never a 5xx, every 4xx (but a bare 405) is application/problem+json, and every 400 names the
 * offending parameter or JSON key in its errors (issue 18).
 * {@code -Dfuzz.long=true} adds more tokens and more mutations per field.
 */
class FuzzEveryEndpointIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final boolean LONG = Boolean.getBoolean("fuzz.long");
    static final String HUGE = "x".repeat(100_000);
    static final int OVERSIZED_BYTES = 1024 * 1024; // the services accept 512 KiB
    static final List<String> BAD_IDS = List.of("not-an-id", "-1", "0", "%00", "%27%20OR%201%3D1--", "x".repeat(3000),
            "00000000-0000-0000-0000-00000000000G", UUID.randomUUID().toString());
    static final List<String> BAD_QUERY_VALUES = List.of("-1", "0", "99999999999999999999", "abc", "", "2026-13-45",
            "x".repeat(3000), "%00", "1e308", "[]", "+999999999-01-01", "-999999999-12-31", "999999999-12-31T23:59:59Z");
    /**
     * Sent as they are, not encoded again: NUL, an overlong '/' (C0 AF), a UTF-8-encoded lone
     * surrogate, a right-to-left override, an invalid byte. Each must be a 400 naming the parameter.
     */
    static final List<String> RAW_QUERY_VALUES = List.of("a%00b", "%C0%AF", "%ED%A0%80", "%E2%80%AEx", "%FF");
    /** Stands for a lone surrogate in a JSON body: replaced by the escape after serialising. */
    static final String LONE_SURROGATE = "LONE-SURROGATE-PLACEHOLDER";

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    int sent;

    @Test
    void noFuzzedRequestGetsA5xxAndEveryRefusalIsProblemJson() throws Exception {
        List<String> users = LONG ? List.of("admin-xiangfang", "org-xiangfang", "vol-xiangfang", "leader-xiangfang", "city-admin", "analyst")
                : List.of("admin-xiangfang", "org-xiangfang", "vol-xiangfang", "city-admin");
        List<String> tokens = users.stream().map(Network::token).toList();
        // the volunteer directory refuses every person: its bodies are fuzzed with the services' own token too
        List<String> directoryCallers = java.util.stream.Stream.concat(tokens.stream(), java.util.stream.Stream.of(Network.serviceToken())).toList();
        Map<String, Integer> perService = new LinkedHashMap<>();
        for (String service : List.of(Network.VOLUNTEERS, Network.ACTIVITIES, Network.BRANDS, Network.REPORTS)) {
            int before = sent;
            JsonNode openApi = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(service + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                        continue;
                    }
                    for (FuzzCase fuzz : cases(openApi, path.getKey(), op.getKey().toUpperCase(), op.getValue())) {
                        for (String token : path.getKey().equals("/api/v1/volunteers/directory") ? directoryCallers : tokens) {
                            send(service, fuzz, token);
                        }
                    }
                    idempotencyKeyReused(openApi, service, path.getKey(), op.getKey().toUpperCase(), op.getValue(), tokens.get(0));
                }
            }
            perService.put(service, sent - before);
        }
        System.out.printf("fuzzer: %d requests (%s), %d sent again on a fresh connection (the keep-alive race), answers by status %s, "
                + "5xx: %d, refusals not problem+json: %d%n", sent, perService, retriedOnFreshConnection,
                statuses, statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum(),
                failures.stream().filter(f -> f.startsWith("not problem+json")).count());
        assertThat(failures).as("fuzzed requests answered wrongly").isEmpty();
    }

    /**
     * One request: a concrete path (ids filled), its query and an optional body; {@code mustName}, when not
     * null, the parameter whose value is unparsable for its type, which must then be refused with a 400
     * naming it (issue 18: not a 404), unless the caller's role is refused first.
     */
    record FuzzCase(String method, String path, String query, String body, String why, String mustName, String subject,
            java.util.Set<String> known) {
        FuzzCase(String method, String path, String query, String body, String why) {
            this(method, path, query, body, why, null, null, java.util.Set.of());
        }

        FuzzCase(String method, String path, String query, String body, String why, String mustName) {
            this(method, path, query, body, why, mustName, null, java.util.Set.of());
        }

        /** The same case, the parameter or JSON key it spoiled named. */
        FuzzCase spoiling(String what) {
            return new FuzzCase(method, path, query, body, why, mustName, what, known);
        }

        /** The same case, with the names a refusal of this operation may give (its parameters and body keys). */
        FuzzCase knowing(java.util.Set<String> names) {
            return new FuzzCase(method, path, query, body, why, mustName, subject, names);
        }
    }

    /**
     * Issue 18: a 400 names what was wrong, in the problem's errors[].field: a parameter of the operation (path,
     * query, header), a key of its JSON body (as a path: deeds[0].minutes), the key the case spoiled, or the whole
     * "body", "path" or "query" when the text itself could not be read. A 400 without any, or naming something the
     * request does not have (a Java parameter's name, an internal property), is a failure.
     */
    static String unnamed(String body, FuzzCase fuzz) {
        List<String> fields = new ArrayList<>();
        try {
            for (JsonNode error : JSON.readTree(body).path("errors")) {
                fields.add(error.path("field").asText(""));
            }
        } catch (IOException e) {
            return "not JSON";
        }
        if (fields.isEmpty() || fields.stream().allMatch(String::isEmpty)) {
            return "names no field";
        }
        for (String field : fields) {
            String first = field.split("[.\\[]", 2)[0];
            boolean known = fuzz.known().contains(first) || first.equals(fuzz.subject())
                    || List.of("body", "path", "query").contains(first);
            if (!known) {
                return "names " + field + ", which is neither a parameter nor a key of the request";
            }
        }
        return null;
    }

    /** What a refusal of {@code op} may name: its parameters and the keys of its JSON body. */
    static java.util.Set<String> names(JsonNode openApi, JsonNode op) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (JsonNode parameter : op.path("parameters")) {
            names.add(parameter.path("name").asText());
        }
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            OpenApiSamples.resolve(openApi, schema).path("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The parameter's type when the service parses it (uuid, date, date-time, int32, int64), else null. */
    static String parsedType(JsonNode op, String in, String name) {
        for (JsonNode parameter : op.path("parameters")) {
            if (parameter.path("in").asText().equals(in) && parameter.path("name").asText().equals(name)) {
                JsonNode schema = parameter.path("schema");
                String format = schema.path("format").asText("");
                if (List.of("uuid", "date", "date-time").contains(format)) {
                    return format;
                }
                if (schema.path("type").asText("").equals("integer")) {
                    return format.equals("int64") ? "int64" : "int32";
                }
            }
        }
        return null;
    }

    /** Whether the service can read {@code value} as {@code type} (dates within years 1 to 9999), as QueryParameters does. */
    static boolean parses(String type, String value) {
        try {
            switch (type) {
                case "uuid" -> UUID.fromString(value);
                case "date" -> {
                    int year = java.time.LocalDate.parse(value).getYear();
                    return year >= 1 && year <= 9999;
                }
                case "date-time" -> {
                    int year = java.time.OffsetDateTime.parse(value).getYear();
                    return year >= 1 && year <= 9999;
                }
                case "int64" -> Long.parseLong(value.strip());
                default -> Integer.parseInt(value.strip());
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    List<FuzzCase> cases(JsonNode openApi, String template, String method, JsonNode op) {
        List<FuzzCase> cases = new ArrayList<>();
        List<String> pathParams = OpenApiSamples.parameters(op, "path");
        List<String> queryParams = OpenApiSamples.parameters(op, "query");
        String plainPath = fill(template, pathParams, null, null);
        for (String param : pathParams) {
            String type = parsedType(op, "path", param);
            for (String bad : BAD_IDS) {
                String decoded = URLDecoder.decode(bad, StandardCharsets.UTF_8);
                cases.add(new FuzzCase(method, fill(template, pathParams, param, bad), "", null, "path " + param + "=" + abbreviate(bad),
                        type != null && !parses(type, decoded) ? param : null).spoiling(param));
            }
        }
        for (String param : queryParams) {
            String type = parsedType(op, "query", param);
            for (String bad : BAD_QUERY_VALUES) {
                cases.add(new FuzzCase(method, plainPath, param + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8),
                        null, "query " + param + "=" + abbreviate(bad), type != null && !bad.isEmpty() && !parses(type, bad) ? param : null)
                        .spoiling(param));
            }
            for (String raw : RAW_QUERY_VALUES) {
                cases.add(new FuzzCase(method, plainPath, param + "=" + raw, null, "raw query " + param + "=" + raw).spoiling(param));
            }
        }
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            ObjectNode sample = OpenApiSamples.sample(openApi, schema, 0) instanceof ObjectNode object ? object : NODES.objectNode();
            for (String raw : List.of("{", "{\"a\":", "not json", "[]", "null", "123", "\"text\"", "{}", "{\"unknownField\": 1}")) {
                cases.add(new FuzzCase(method, plainPath, "", raw, "body " + raw).spoiling(raw.contains("unknownField") ? "unknownField" : "a"));
            }
            cases.add(new FuzzCase(method, plainPath, "", sample.toString().substring(0, Math.max(1, sample.toString().length() / 2)),
                    "truncated body"));
            ObjectNode unknown = sample.deepCopy();
            unknown.put("notAField", "surprise");
            cases.add(new FuzzCase(method, plainPath, "", unknown.toString(), "unknown field").spoiling("notAField"));
            java.util.Iterator<Map.Entry<String, JsonNode>> firstField = sample.fields();
            if (firstField.hasNext()) {
                Map.Entry<String, JsonNode> field = firstField.next();
                String json = sample.toString();
                String twice = json.substring(0, json.length() - 1) + "," + JSON.valueToTree(field.getKey()) + ":" + field.getValue() + "}";
                cases.add(new FuzzCase(method, plainPath, "", twice, "key " + field.getKey() + " given twice").spoiling(field.getKey()));
            }
            JsonNode properties = OpenApiSamples.resolve(openApi, schema).path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                for (JsonNode bad : mutations(openApi, OpenApiSamples.resolve(openApi, properties.path(name)))) {
                    ObjectNode mutated = sample.deepCopy();
                    mutated.set(name, bad);
                    String body = mutated.toString().replace("\"" + LONE_SURROGATE + "\"", "\"a\\ud800b\"");
                    cases.add(new FuzzCase(method, plainPath, "", body, "field " + name + "=" + abbreviate(bad.toString())).spoiling(name));
                }
            }
            cases.add(new FuzzCase(method, plainPath, "", "{\"blob\": \"" + "y".repeat(OVERSIZED_BYTES) + "\"}", "oversized body"));
        }
        java.util.Set<String> known = names(openApi, op);
        cases.replaceAll(c -> c.knowing(known));
        return cases;
    }

    /** Wrong values for one field of the given schema. */
    List<JsonNode> mutations(JsonNode openApi, JsonNode schema) {
        List<JsonNode> bad = new ArrayList<>(List.of(NODES.objectNode(), NODES.arrayNode(), NODES.booleanNode(true),
                NODES.textNode(HUGE), NODES.numberNode(-1), NODES.numberNode(new java.math.BigDecimal("1e308")),
                NODES.numberNode(Long.MAX_VALUE), NODES.textNode("2026-13-45"), NODES.textNode("NOT_A_KNOWN_VALUE"),
                NODES.textNode("\u0000\u0007\n"), NODES.nullNode(), NODES.textNode(LONE_SURROGATE),
                NODES.textNode("invoice\u202Egnp.exe"), NODES.textNode("+999999999-01-01")));
        if (LONG) {
            bad.addAll(List.of(NODES.textNode(""), NODES.textNode(" "), NODES.numberNode(0), NODES.numberNode(-0.5),
                    NODES.textNode("2026-02-30T25:61:00Z"), NODES.textNode("<script>alert(1)</script>"), NODES.textNode("' OR 1=1 --")));
        }
        ArrayNode hugeArray = NODES.arrayNode();
        JsonNode item = schema.has("items") ? OpenApiSamples.sample(openApi, schema.path("items"), 1) : NODES.textNode("x");
        for (int i = 0; i < 10_000; i++) {
            hugeArray.add(item);
        }
        bad.add(hugeArray);
        return bad;
    }

    /** The same Idempotency-Key with two different bodies: the second never writes, and nothing answers 5xx. */
    void idempotencyKeyReused(JsonNode openApi, String service, String template, String method, JsonNode op, String token)
            throws IOException, InterruptedException {
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        if (!"POST".equals(method) || schema.isMissingNode()) {
            return;
        }
        String path = fill(template, OpenApiSamples.parameters(op, "path"), null, null);
        String key = "fuzz-" + UUID.randomUUID();
        ObjectNode first = OpenApiSamples.sample(openApi, schema, 0) instanceof ObjectNode o ? o : NODES.objectNode();
        ObjectNode second = first.deepCopy();
        second.put("fuzzDifference", 1);
        java.util.Set<String> known = names(openApi, op);
        HttpResponse<String> one = send(service, new FuzzCase(method, path, "", first.toString(), "idempotency first").knowing(known),
                token, key);
        HttpResponse<String> two = send(service, new FuzzCase(method, path, "", second.toString(), "idempotency reused")
                .knowing(known).spoiling("fuzzDifference"), token, key);
        if (one != null && two != null && one.statusCode() / 100 == 2 && two.statusCode() != 422) {
            failures.add("Idempotency-Key reused with another body answered " + two.statusCode() + ": " + method + " " + path);
        }
    }

    /**
     * One request; when the pooled connection it went out on turns out closed by the server before a byte came
     * back ("header parser received no bytes": the keep-alive race of a reused connection, seen once in 12,828
     * requests at load 21), once more on a connection of its own. Retries are counted and printed, so a service
     * that drops connections shows up as a growing count rather than hiding.
     */
    HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            retriedOnFreshConnection++;
            HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            return fresh.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    int retriedOnFreshConnection;

    HttpResponse<String> send(String service, FuzzCase fuzz, String token) throws IOException, InterruptedException {
        return send(service, fuzz, token, null);
    }

    HttpResponse<String> send(String service, FuzzCase fuzz, String token, String idempotencyKey)
            throws IOException, InterruptedException {
        if (fuzz.body() != null && fuzz.body().length() > OVERSIZED_BYTES / 2) {
            askBeforeUploading(service, fuzz, token);
            return null;
        }
        String uri = service + fuzz.path() + (fuzz.query().isEmpty() ? "" : "?" + fuzz.query());
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        } catch (IllegalArgumentException e) {
            return null; // not even a URI: no client could send it
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpRequest.BodyPublisher body = fuzz.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(fuzz.body());
        if (fuzz.body() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(fuzz.method(), body);
        HttpResponse<String> response;
        try {
            response = sendOnce(request.build());
        } catch (IOException e) {
            sent++;
            failures.add("no answer (" + e.getMessage() + ") for " + fuzz.method() + " " + abbreviate(fuzz.path()) + " [" + fuzz.why() + "]");
            return null;
        }
        sent++;
        statuses.merge(response.statusCode(), 1, Integer::sum);
        String where = fuzz.method() + " " + abbreviate(fuzz.path()) + " [" + fuzz.why() + "]";
        if (response.statusCode() >= 500) {
            failures.add(response.statusCode() + " for " + where + ": " + abbreviate(response.body()));
        } else if (response.statusCode() >= 400 && response.statusCode() != 405
                && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add("not problem+json (" + response.statusCode() + ", "
                    + response.headers().firstValue("Content-Type").orElse("no content type") + ") for " + where);
        } else if (fuzz.mustName() != null && !List.of(401, 403, 429).contains(response.statusCode())
                && (response.statusCode() != 400 || !namesField(response.body(), fuzz.mustName()))) {
            failures.add("unparsable " + fuzz.mustName() + " not a 400 naming it (" + response.statusCode() + ": "
                    + abbreviate(response.body()) + ") for " + where);
        } else if (response.statusCode() == 400 && unnamed(response.body(), fuzz) != null) {
            failures.add("400 that " + unnamed(response.body(), fuzz) + " (" + abbreviate(response.body()) + ") for " + where);
        }
        return response;
    }

    /**
     * An oversized upload as a careful client makes it: headers with {@code Expect: 100-continue}
     * first; the service must refuse with a 413 problem+json before the body is sent. (Sending the
     * body regardless makes the server close the connection mid-upload, which a client sees as no
     * answer at all; Java's HttpClient cannot wait for 100-continue reliably, hence a plain socket.)
     */
    void askBeforeUploading(String service, FuzzCase fuzz, String token) throws IOException {
        URI uri = URI.create(service + fuzz.path());
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            String head = fuzz.method() + " " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + fuzz.body().getBytes(StandardCharsets.UTF_8).length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = reader.readLine();
            String contentType = "";
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).strip();
                }
            }
            sent++;
            int status = statusLine == null ? 0 : Integer.parseInt(statusLine.split(" ")[1]);
            statuses.merge(status, 1, Integer::sum);
            if (status != 413 || !contentType.startsWith("application/problem+json")) {
                failures.add("oversized body answered " + statusLine + " (" + contentType + ") for " + fuzz.method() + " "
                        + abbreviate(fuzz.path()));
            }
        } catch (java.net.SocketTimeoutException e) {
            sent++;
            failures.add("oversized body: no refusal before the upload for " + fuzz.method() + " " + abbreviate(fuzz.path()));
        }
    }

    /** A problem naming {@code parameter} (or the whole path or query, when the text itself was refused). */
    static boolean namesField(String body, String parameter) {
        try {
            for (JsonNode error : JSON.readTree(body).path("errors")) {
                if (List.of(parameter, "path", "query").contains(error.path("field").asText())) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** The template with every path parameter a fresh UUID, except {@code bad} for {@code param}. */
    static String fill(String template, List<String> params, String param, String bad) {
        String path = template;
        for (String name : params) {
            String fine = name.toLowerCase().contains("district") ? Network.XIANGFANG : UUID.randomUUID().toString();
            path = path.replace("{" + name + "}", name.equals(param) ? bad : fine);
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
