package org.volunteernet.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading the services' OpenAPI documents: parameters of an operation, and plausible bodies for its schemas. */
final class OpenApiSamples {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiSamples() {
    }

    /** The names of an operation's parameters that are {@code in} the path or the query. */
    static List<String> parameters(JsonNode operation, String in) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (in.equals(parameter.path("in").asText())) {
                names.add(parameter.path("name").asText());
            }
        }
        return names;
    }

    /** A plausible value for a schema, so that one mutated field is what the service refuses. */
    static JsonNode sample(JsonNode openApi, JsonNode schema, int depth) {
        schema = resolve(openApi, schema);
        if (depth > 4) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string":
                return NODES.textNode(switch (format) {
                    case "date" -> "2026-03-05";
                    case "date-time" -> "2026-12-01T09:00:00+08:00";
                    case "uuid" -> UUID.randomUUID().toString();
                    default -> "Sample";
                });
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(1.5);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                return NODES.arrayNode().add(sample(openApi, schema.path("items"), depth + 1));
            default:
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), sample(openApi, property.getValue(), depth + 1));
                }
                return object;
        }
    }

    static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        for (int hops = 0; schema.has("$ref") && hops < 10; hops++) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            schema = openApi.path("components").path("schemas").path(name);
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(openApi, schema.path("allOf").get(0));
        }
        return schema;
    }
}
