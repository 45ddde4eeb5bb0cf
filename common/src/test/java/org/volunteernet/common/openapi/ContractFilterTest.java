package org.volunteernet.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The conventions of docs/openapi.md that ContractFilter adds to, or checks in, every service's document. */
@Tag("unit")
class ContractFilterTest {

    static final String REALM = "http://127.0.0.1:8180/realms/volunteer-network";

    static OpenAPI document() {
        OpenAPI doc = OASFactory.createOpenAPI().openapi("3.1.0").paths(OASFactory.createPaths())
                .components(OASFactory.createComponents());
        doc.getComponents().addSecurityScheme("SecurityScheme", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT).openIdConnectUrl(REALM + "/.well-known/openid-configuration"));
        doc.getComponents().addSchema("Thing", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
        return doc;
    }

    static APIResponse json(String ref) {
        return OASFactory.createAPIResponse().description("ok").content(OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + ref))));
    }

    static Operation operation(String id, String status, APIResponse answer) {
        return OASFactory.createOperation().operationId(id)
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", "volunteer"))
                .responses(OASFactory.createAPIResponses().addAPIResponse(status, answer));
    }

    @Test
    void aWellDescribedDocumentGetsTheStandardHeadersTheOauth2SchemeAndNamedPages() {
        OpenAPI doc = document();
        doc.getComponents().addSchema("Page1", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Thing")))
                .addProperty("nextCursor", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        doc.getComponents().addSchema("Page", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
        Operation create = operation("createThing", "201", json("Thing")).requestBody(OASFactory.createRequestBody())
                .addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER));
        Operation list = operation("listThings", "200", json("Page1"))
                .addParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).pattern("[0-9]+")));
        Operation update = operation("updateThing", "200", json("Thing"))
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER));
        Operation read = operation("getThing", "200", json("Thing"));
        doc.getPaths().addPathItem("/api/v1/things", OASFactory.createPathItem().POST(create).GET(list));
        doc.getPaths().addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().PATCH(update).GET(read));

        new ContractFilter().filterOpenAPI(doc);

        APIResponse created = create.getResponses().getAPIResponse("201");
        assertThat(created.getHeaders()).containsKeys("Location", "Idempotent-Replayed", "ETag");
        assertThat(create.getParameters().get(0).getSchema().getMaxLength()).isEqualTo(200);
        assertThat(create.getResponses().getAPIResponses()).containsKeys("400", "401", "403", "409", "413", "422", "429");
        assertThat(update.getResponses().getAPIResponse("200").getHeaders()).containsKey("ETag");
        assertThat(update.getResponses().getAPIResponses()).containsKeys("404", "412", "428");
        assertThat(read.getResponses().getAPIResponse("200").getHeaders()).containsKey("ETag");
        assertThat(doc.getComponents().getSchemas()).containsKey("ThingPage").doesNotContainKeys("Page1", "Page");
        assertThat(list.getResponses().getAPIResponse("200").getContent().getMediaType("application/json").getSchema().getRef())
                .isEqualTo("#/components/schemas/ThingPage");
        assertThat(list.getParameters().get(0).getSchema().getPattern()).as("no pattern on numbers").isNull();
        SecurityScheme oauth2 = doc.getComponents().getSecuritySchemes().get("oauth2");
        assertThat(oauth2.getFlows().getAuthorizationCode().getAuthorizationUrl()).isEqualTo(REALM + "/protocol/openid-connect/auth");
        assertThat(oauth2.getFlows().getAuthorizationCode().getTokenUrl()).isEqualTo(REALM + "/protocol/openid-connect/token");
        assertThat(read.getSecurity()).anyMatch(requirement -> requirement.hasScheme("oauth2"));
    }

    @Test
    void anOperationWithoutOperationIdOrWithAnUntypedAnswerIsRefused() {
        OpenAPI doc = document();
        doc.getPaths().addPathItem("/api/v1/a", OASFactory.createPathItem().GET(operation(null, "200", json("Thing"))));
        doc.getPaths().addPathItem("/api/v1/b", OASFactory.createPathItem()
                .POST(operation("createB", "201", OASFactory.createAPIResponse().description("created, but what?"))));
        doc.getPaths().addPathItem("/api/v1/c", OASFactory.createPathItem()
                .DELETE(operation("deleteC", "204", OASFactory.createAPIResponse().description("gone"))));
        assertThatThrownBy(() -> new ContractFilter().filterOpenAPI(doc))
                .hasMessageContaining("GET /api/v1/a: no operationId")
                .hasMessageContaining("POST /api/v1/b: answer 201 has no schema")
                .hasMessageNotContaining("/api/v1/c");
    }

    @Test
    void aLiveAnswerOfADeprecatedSchemaIsRefused() {
        OpenAPI doc = document();
        doc.getComponents().addSchema("ActivityCompletedV1", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).deprecated(true));
        doc.getPaths().addPathItem("/api/v1/occurrences/{id}/completion", OASFactory.createPathItem()
                .POST(operation("completeOccurrence", "200", json("ActivityCompletedV1"))));
        doc.getPaths().addPathItem("/api/v1/things", OASFactory.createPathItem().GET(operation("listThings", "200", json("Thing"))));
        assertThatThrownBy(() -> new ContractFilter().filterOpenAPI(doc))
                .hasMessageContaining("POST /api/v1/occurrences/{id}/completion: answer 200 is the deprecated schema ActivityCompletedV1")
                .hasMessageNotContaining("/api/v1/things");
    }

    @Test
    void duplicateOperationIdsNumberedSchemaNamesAndJavaOnlyPatternsAreRefused() {
        OpenAPI doc = document();
        doc.getComponents().addSchema("Summary", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
        doc.getComponents().addSchema("ActivityCompletedV1", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)); // a real name
        doc.getComponents().addSchema("Summary1", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("[^\\p{Cntrl}]*")));
        doc.getPaths().addPathItem("/api/v1/a", OASFactory.createPathItem().GET(operation("list", "200", json("Thing"))));
        doc.getPaths().addPathItem("/api/v1/b", OASFactory.createPathItem().GET(operation("getB", "200", json("Thing"))));
        doc.getPaths().addPathItem("/api/v1/c", OASFactory.createPathItem().GET(operation("getB", "200", json("Thing"))));
        assertThatThrownBy(() -> new ContractFilter().filterOpenAPI(doc))
                .hasMessageContaining("operationId list is not lowerCamelCase verb + noun")
                .hasMessageContaining("operationId getB is used twice")
                .hasMessageContaining("schema Summary1")
                .hasMessageNotContaining("schema ActivityCompletedV1")
                .hasMessageContaining("is not ECMAScript");
    }

    @Test
    void documentedRefusalsWithoutContentGetTheProblemSchema() {
        OpenAPI doc = document();
        Operation op = operation("getThing", "200", json("Thing"));
        op.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description("Another district"));
        doc.getPaths().addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(op));
        doc.getComponents().addSchema("Page", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)); // no list here
        new ContractFilter().filterOpenAPI(doc);
        assertThat(doc.getComponents().getSchemas()).as("the unused generic Page is dropped").doesNotContainKey("Page");
        assertThat(op.getResponses().getAPIResponse("403").getDescription()).isEqualTo("Another district");
        assertThat(op.getResponses().getAPIResponse("403").getContent().getMediaType("application/problem+json").getSchema().getRef())
                .isEqualTo(ContractFilter.PROBLEM_REF);
        assertThat(List.copyOf(op.getResponses().getAPIResponses().keySet())).contains("401", "404", "429");
    }
}
