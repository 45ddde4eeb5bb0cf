package org.volunteernet.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The standard headers of every operation (part of {@link ContractFilter}): {@code Idempotency-Key} and
 * {@code If-Match} parameters get one description and schema; 2xx answers get {@code Idempotent-Replayed} and
 * {@code ETag} where they apply, every 201/202 {@code Location}; a day in a path is a plain YYYY-MM-DD string.
 */
final class StandardHeaders {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IF_MATCH = "If-Match";

    private StandardHeaders() {
    }

    static boolean takes(Operation operation, String header) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && header.equalsIgnoreCase(p.getName()));
    }

    /** The standard headers: one description and schema for the request's, the answer's where they apply. */
    static void apply(OpenAPI openAPI, String path, PathItem.HttpMethod method, Operation operation) {
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
}
