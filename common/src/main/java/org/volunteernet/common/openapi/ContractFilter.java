package org.volunteernet.common.openapi;

import java.util.ArrayList;
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
 * Responses an operation documents itself are left as they are.
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
