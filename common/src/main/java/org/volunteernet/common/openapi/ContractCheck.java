package org.volunteernet.common.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The conventions of docs/openapi.md that a service's document is checked for (part of {@link ContractFilter}):
 * every operation has a unique lowerCamelCase operationId and a 2xx answer with a schema (other than 204); no
 * schema name has a number suffix beside its unnumbered twin (two classes with the same simple name); every
 * pattern is ECMAScript. Patterns on numbers are removed.
 */
final class ContractCheck {

    /** Not ECMAScript (Unicode classes need the u flag and differ; possessive quantifiers, \\A, \\z, \\Z, inline flags). */
    static final Pattern NOT_ECMASCRIPT = Pattern.compile("\\\\[pPAzZhHRXGQE]|[*+?}]\\+|\\(\\?[imsxU-]");
    static final Pattern NUMBERED_NAME = Pattern.compile(".*[A-Za-z][0-9]+");

    private ContractCheck() {
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
                } else {
                    content.values().stream().map(m -> deprecated(openAPI, m.getSchema())).filter(n -> n != null).distinct()
                            .forEach(name -> violations.add(where + ": answer " + answer.getKey() + " is the deprecated schema "
                                    + name + " (generated clients warn on every use: answer a DTO of its own)"));
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

    /** The name of the deprecated component schema an answer refers to, or null (e.g. an old event version). */
    static String deprecated(OpenAPI openAPI, Schema schema) {
        String ref = schema.getRef();
        if (ref == null || !ref.startsWith("#/components/schemas/") || openAPI.getComponents().getSchemas() == null) {
            return null;
        }
        String name = ref.substring("#/components/schemas/".length());
        Schema target = openAPI.getComponents().getSchemas().get(name);
        return target != null && Boolean.TRUE.equals(target.getDeprecated()) ? name : null;
    }

    static boolean empty(Schema schema) {
        return schema.getRef() == null && (schema.getType() == null || schema.getType().isEmpty()) && schema.getProperties() == null
                && schema.getItems() == null && schema.getAllOf() == null && schema.getOneOf() == null && schema.getAnyOf() == null;
    }
}
