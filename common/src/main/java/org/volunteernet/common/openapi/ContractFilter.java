package org.volunteernet.common.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What every operation of every service promises, added to each service's OpenAPI document so that
 * generated clients know it (issue 17):
 * <ul>
 * <li>the refusals it can answer, each as {@code application/problem+json} with the {@code Problem}
 * schema: 400 always; 401 and 403 when it needs a token; 404 when its path names a resource; 409 for
 * writes; 412 and 428 when it takes {@code If-Match}; 413 and 422 when it takes a body; 429 with
 * {@code Retry-After} always (limits are per caller);</li>
 * <li>{@code security: []} on operations open to anyone, so that linters and generators do not
 * assume the document's default;</li>
 * <li>the {@code Problem} schema itself, whether or not a resource names it.</li>
 * </ul>
 * <li>the standard headers: {@code Idempotency-Key} and {@code If-Match} parameters get one description and
 * schema, their 2xx answers the {@code Idempotent-Replayed} and {@code ETag} headers, every 201/202 {@code Location};</li>
 * <li>an {@code oauth2} security scheme (authorization code + PKCE) naming the realm's endpoints beside the
 * {@code oidc} discovery one, and each secured operation accepting either;</li>
 * <li>page schemas named after their items ({@code Page1} of {@code Volunteer} becomes {@code VolunteerPage}).</li>
 * </ul>
 * Responses an operation documents itself keep their description (a problem response without content gets the
 * Problem schema). Then it checks the conventions of docs/openapi.md and refuses the document (the build fails)
 * when an operation has no operationId, a duplicate one, a 2xx answer without a schema (other than 204), a
 * schema name with a number suffix (two classes with the same simple name), or a pattern that is not
 * ECMAScript; patterns on numbers are removed.
 */
public class ContractFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ensureProblemSchema(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                describe(path, entry.getKey(), entry.getValue(), item);
                headers(openAPI, path, entry.getKey(), entry.getValue());
            }
        });
        oauth2(openAPI);
        namePages(openAPI);
        List<String> violations = check(openAPI);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document breaks the conventions of docs/openapi.md:\n  - "
                    + String.join("\n  - ", violations));
        }
    }

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IF_MATCH = "If-Match";
    static final String OAUTH2 = "oauth2";
    /** Not ECMAScript (Unicode classes need the u flag and differ; possessive quantifiers, \\A, \\z, \\Z, inline flags). */
    static final Pattern NOT_ECMASCRIPT = Pattern.compile("\\\\[pPAzZhHRXGQE]|[*+?}]\\+|\\(\\?[imsxU-]");
    static final Pattern NUMBERED_NAME = Pattern.compile(".*[A-Za-z][0-9]+");

    static boolean takes(Operation operation, String header) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && header.equalsIgnoreCase(p.getName()));
    }

    /** The standard headers: one description and schema for the request's, the answer's where they apply. */
    void headers(OpenAPI openAPI, String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.PATH && parameter.getSchema() != null
                        && ("#/components/schemas/LocalDate".equals(parameter.getSchema().getRef())
                                || "date".equals(parameter.getSchema().getFormat()))) {
                    // a day in a path is a plain YYYY-MM-DD string: openapi-generator 7.14.0's typescript-fetch
                    // emits code that does not compile for a path parameter of format date
                    parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$").description("A day, YYYY-MM-DD"));
                }
                if (parameter.getIn() != Parameter.In.HEADER) {
                    continue;
                }
                if (IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName())) {
                    parameter.setRequired(false);
                    parameter.setDescription("A key the client makes for this request (1 to 200 visible ASCII characters, "
                            + "e.g. a UUID). Sent again with the same body, it gets the first answer again (with "
                            + "Idempotent-Replayed: true) instead of a second write; with another body, a 422.");
                    parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(200)
                            .pattern("^[\\x21-\\x7E]+$"));
                } else if (IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                    parameter.setDescription("The ETag of the version the change is based on; 412 when it is no longer current");
                    parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                }
            }
        }
        boolean idempotent = takes(operation, IDEMPOTENCY_KEY);
        boolean versioned = takes(operation, IF_MATCH) || versionedSibling(openAPI, path, method);
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (("201".equals(status) || "202".equals(status)) && header(response, "Location") == null) {
                response.addHeader("Location", OASFactory.createHeader().description("The URL of what was created")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
            }
            if (versioned && !"204".equals(status) && header(response, "ETag") == null) {
                response.addHeader("ETag", OASFactory.createHeader()
                        .description("The version of the returned resource; send it as If-Match to change it")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
            if (idempotent && header(response, "Idempotent-Replayed") == null) {
                response.addHeader("Idempotent-Replayed", OASFactory.createHeader()
                        .description("true when this is the stored answer to an earlier request with the same Idempotency-Key")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("true")));
            }
        });
    }

    static Object header(APIResponse response, String name) {
        return response.getHeaders() == null ? null : response.getHeaders().keySet().stream()
                .filter(name::equalsIgnoreCase).findFirst().orElse(null);
    }

    /** A read or create whose resource is changed with If-Match (GET /x/{id} or POST /x beside PATCH /x/{id}). */
    static boolean versionedSibling(OpenAPI openAPI, String path, PathItem.HttpMethod method) {
        String resource;
        if (method == PathItem.HttpMethod.GET) {
            resource = path.endsWith("/me") ? path.substring(0, path.length() - 3) + "/{id}" : path;
        } else if (method == PathItem.HttpMethod.POST) {
            resource = path + "/{id}";
        } else {
            return false;
        }
        PathItem item = openAPI.getPaths().getPathItem(resource);
        return item != null && item.getOperations().values().stream().anyMatch(o -> takes(o, IF_MATCH));
    }

    /** The realm as OAuth 2.0 authorization code flow (with PKCE; the public client volunteer-mobile requires it). */
    static void oauth2(OpenAPI openAPI) {
        Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
        if (schemes == null) {
            return;
        }
        String oidcName = null;
        String discovery = null;
        for (Map.Entry<String, SecurityScheme> scheme : schemes.entrySet()) {
            if (scheme.getValue().getType() == SecurityScheme.Type.OPENIDCONNECT) {
                oidcName = scheme.getKey();
                discovery = scheme.getValue().getOpenIdConnectUrl();
            }
        }
        if (discovery == null || schemes.containsKey(OAUTH2)) {
            return;
        }
        String realm = discovery.replaceFirst("/\\.well-known/openid-configuration$", "");
        schemes.get(oidcName).setDescription("Bearer tokens of the Keycloak realm volunteer-network, found through its discovery document");
        OAuthFlow code = OASFactory.createOAuthFlow()
                .authorizationUrl(realm + "/protocol/openid-connect/auth")
                .tokenUrl(realm + "/protocol/openid-connect/token")
                .refreshUrl(realm + "/protocol/openid-connect/token")
                .scopes(new LinkedHashMap<>(Map.of("openid", "OpenID Connect sign-in")));
        openAPI.getComponents().addSecurityScheme(OAUTH2, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("The realm volunteer-network: authorization code with PKCE (S256) for the public client "
                        + "volunteer-mobile; roles are realm roles in the access token, the district its district claim")
                .flows(OASFactory.createOAuthFlows().authorizationCode(code)));
        String oidc = oidcName;
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                return;
            }
            boolean named = operation.getSecurity().stream().anyMatch(r -> r.hasScheme(OAUTH2));
            if (!named && operation.getSecurity().stream().anyMatch(r -> r.hasScheme(oidc))) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(OAUTH2));
            }
        }));
    }

    /** Page, Page1, ... (instances of the generic Page) are renamed after their items: VolunteerPage. */
    static void namePages(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renames = new HashMap<>();
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            if (!entry.getKey().matches("Page[0-9]*")) {
                continue;
            }
            Schema items = entry.getValue().getProperties() == null ? null : entry.getValue().getProperties().get("items");
            String ref = items == null || items.getItems() == null ? null : items.getItems().getRef();
            if (ref != null) {
                renames.put(entry.getKey(), ref.substring(ref.lastIndexOf('/') + 1) + "Page");
            }
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> renamed.put(renames.getOrDefault(name, name), schema));
        renamed.forEach((name, schema) -> {
            if (renames.containsValue(name)) {
                schema.setDescription("A page of results: pass nextCursor as cursor for the next page; absent on the last page");
            }
        });
        Schema generic = renamed.get("Page");
        if (generic != null && !renames.containsKey("Page")) {
            renamed.remove("Page"); // the generic declaration itself; re-added below if something refers to it
        }
        openAPI.getComponents().setSchemas(renamed);
        boolean[] genericUsed = {false};
        everySchema(openAPI, schema -> genericUsed[0] |= "#/components/schemas/Page".equals(schema.getRef()));
        if (generic != null && genericUsed[0]) {
            openAPI.getComponents().addSchema("Page", generic);
        }
        everySchema(openAPI, schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith("#/components/schemas/")) {
                String to = renames.get(ref.substring("#/components/schemas/".length()));
                if (to != null) {
                    schema.setRef("#/components/schemas/" + to);
                }
            }
        });
    }

    /** Visits every schema of the document: components, parameters, bodies and answers, and their parts. */
    static void everySchema(OpenAPI openAPI, Consumer<Schema> visitor) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Consumer<Schema> walk = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null || !seen.add(schema)) {
                    return;
                }
                visitor.accept(schema);
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(this);
                }
                accept(schema.getItems());
                accept(schema.getAdditionalPropertiesSchema());
                accept(schema.getNot());
                for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                    if (list != null) {
                        list.forEach(this);
                    }
                }
            }
        };
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(walk);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> walk.accept(m.getSchema()));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        if (response.getContent() != null) {
                            response.getContent().getMediaTypes().values().forEach(m -> walk.accept(m.getSchema()));
                        }
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(h -> walk.accept(h.getSchema()));
                        }
                    }
                }
            }
            parameters.forEach(p -> walk.accept(p.getSchema()));
        }
    }

    /** The conventions of docs/openapi.md that a document can be checked for; patterns on numbers are removed. */
    static List<String> check(OpenAPI openAPI) {
        List<String> violations = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String where = method + " " + path;
            String id = operation.getOperationId();
            if (id == null || id.isBlank()) {
                violations.add(where + ": no operationId (set @Operation(operationId = \"verbNoun\"))");
            } else if (!id.matches("[a-z]+[A-Z][A-Za-z0-9]*")) {
                violations.add(where + ": operationId " + id + " is not lowerCamelCase verb + noun");
            } else if (!operationIds.add(id)) {
                violations.add(where + ": operationId " + id + " is used twice");
            }
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                violations.add(where + ": no responses");
                return;
            }
            boolean success = false;
            for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
                if (!answer.getKey().startsWith("2")) {
                    continue;
                }
                success = true;
                if ("204".equals(answer.getKey())) {
                    continue;
                }
                Map<String, MediaType> content = answer.getValue().getContent() == null ? null
                        : answer.getValue().getContent().getMediaTypes();
                if (content == null || content.isEmpty()
                        || content.values().stream().anyMatch(m -> m.getSchema() == null || empty(m.getSchema()))) {
                    violations.add(where + ": answer " + answer.getKey() + " has no schema (return a DTO or annotate "
                            + "@APIResponse(content = @Content(schema = @Schema(implementation = ...))), or answer 204)");
                }
            }
            if (!success) {
                violations.add(where + ": no 2xx answer");
            }
        }));
        if (openAPI.getComponents().getSchemas() != null) {
            Set<String> names = openAPI.getComponents().getSchemas().keySet();
            for (String name : names) {
                // smallrye names the second class of a simple name Name1: flag Name1 only beside Name (ActivityCompletedV1 is a name)
                if (NUMBERED_NAME.matcher(name).matches() && names.contains(name.replaceFirst("[0-9]+$", ""))) {
                    violations.add("schema " + name + ": two classes share a simple name; give one @Schema(name = \"...\")");
                }
            }
        }
        everySchema(openAPI, schema -> {
            if (schema.getPattern() == null) {
                return;
            }
            if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.STRING)) {
                schema.setPattern(null); // a pattern applies to strings only; generators choke on it elsewhere
            } else if (NOT_ECMASCRIPT.matcher(schema.getPattern()).find()) {
                violations.add("pattern " + schema.getPattern() + " is not ECMAScript (no \\p{..}, \\A, \\z, possessive quantifiers)");
            }
        });
        return violations;
    }

    static boolean empty(Schema schema) {
        return schema.getRef() == null && (schema.getType() == null || schema.getType().isEmpty()) && schema.getProperties() == null
                && schema.getItems() == null && schema.getAllOf() == null && schema.getOneOf() == null && schema.getAnyOf() == null;
    }

    void describe(String path, PathItem.HttpMethod method, Operation operation, PathItem item) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            operation.setSecurity(new ArrayList<>()); // open to anyone: security: []
        }
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("400", "The request is not valid: malformed JSON, a wrong type or value; `errors` names each field or parameter");
        if (secured) {
            refusals.put("401", "No valid bearer token");
            refusals.put("403", "The token's roles or district do not allow this");
        }
        if (path.contains("{")) {
            refusals.put("404", "No such resource, or not one the caller may see");
        }
        if (write) {
            refusals.put("409", "Conflicts with the current state (or the same Idempotency-Key is still being answered)");
        }
        if (ifMatch) {
            refusals.put("412", "If-Match names a version that is no longer current: read again and retry");
            refusals.put("428", "If-Match is required");
        }
        if (operation.getRequestBody() != null) {
            refusals.put("413", "The body is larger than the service accepts");
            refusals.put("422", "Well formed, but breaks a rule (or an Idempotency-Key reused with another body)");
        }
        refusals.put("429", "Too many calls by this caller: retry after Retry-After seconds");
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            if (responses.getAPIResponse(refusal.getKey()) == null) {
                responses.addAPIResponse(refusal.getKey(), problem(refusal.getKey(), refusal.getValue()));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45][0-9][0-9]") && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                APIResponse standard = problem(status, response.getDescription());
                response.setContent(standard.getContent());
                if (standard.getHeaders() != null && response.getHeaders() == null) {
                    response.setHeaders(standard.getHeaders());
                }
            }
        });
    }

    static APIResponse problem(String status, String description) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        if (status.equals("429")) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before the next call")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        return response;
    }

    static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null && openAPI.getComponents().getSchemas().containsKey("Problem")) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The field's JSON path in the request, or the parameter's name"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", text.description("Stable identifier of the kind of problem"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("Short human summary"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)));
    }
}
