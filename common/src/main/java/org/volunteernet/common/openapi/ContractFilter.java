package org.volunteernet.common.openapi;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
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
 * Problem schema). The headers are {@link StandardHeaders}'; then {@link ContractCheck} checks the conventions of
 * docs/openapi.md and the document is refused (the build fails) when it breaks one.
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
                StandardHeaders.apply(openAPI, path, entry.getKey(), entry.getValue());
            }
        });
        oauth2(openAPI);
        namePages(openAPI);
        List<String> violations = ContractCheck.check(openAPI);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document breaks the conventions of docs/openapi.md:\n  - "
                    + String.join("\n  - ", violations));
        }
    }

    static final String OAUTH2 = "oauth2";

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
                schema.setDescription("A page of results: pass nextCursor as cursor for the next page, with the same parent "
                        + "and filters; absent on the last page");
            }
        });
        Schema generic = renamed.get("Page");
        if (generic != null && !renames.containsKey("Page")) {
            renamed.remove("Page"); // the generic declaration itself; re-added below if something refers to it
        }
        openAPI.getComponents().setSchemas(renamed);
        boolean[] genericUsed = {false};
        ContractCheck.everySchema(openAPI, schema -> genericUsed[0] |= "#/components/schemas/Page".equals(schema.getRef()));
        if (generic != null && genericUsed[0]) {
            openAPI.getComponents().addSchema("Page", generic);
        }
        ContractCheck.everySchema(openAPI, schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith("#/components/schemas/")) {
                String to = renames.get(ref.substring("#/components/schemas/".length()));
                if (to != null) {
                    schema.setRef("#/components/schemas/" + to);
                }
            }
        });
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
        parameters.stream().filter(p -> "cursor".equals(p.getName()) && p.getIn() == Parameter.In.QUERY
                && p.getDescription() == null).forEach(p -> p.setDescription(CURSOR));
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("400", "The request is not valid: malformed JSON, a wrong type or value; `errors` names each field or parameter"
                + (operation.getRequestBody() == null ? ". This operation takes no body: one sent is refused naming `body`" : ""));
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

    /** What every list's cursor parameter is (common/rest/Cursor): bound to the list, its parent and its filters. */
    static final String CURSOR = "nextCursor of the previous page of this same list: the same parent and the same filters "
            + "(limit may change). A cursor of another list, parent or filters is a 400 naming cursor";

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
