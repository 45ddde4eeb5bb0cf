package org.volunteernet.activity.signup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Issue 14's operations document their bodies and answers (what the access matrix and the fuzzer build on). */
@QuarkusTest
class Issue14OpenApiTest {

    @Test
    void theNewOperationsDocumentTheirBodiesAndResponseSchemas() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString()).path("paths");
        JsonNode signups = paths.path("/api/v1/occurrences/{occurrenceId}/signups");
        assertThat(signups.at("/post/requestBody/content/application~1json/schema/$ref").asText()).endsWith("/OnBehalfSignupRequest");
        assertThat(signups.at("/post/responses/201/content/application~1json/schema/$ref").asText()).endsWith("/Signup");
        assertThat(signups.at("/get/responses/200/content").fieldNames()).toIterable()
                .contains("application/json", "text/csv", "application/pdf");
        assertThat(signups.at("/get/responses/200/content/application~1json/schema/$ref").asText()).endsWith("/RosterPage");
        assertThat(paths.at("/~1api~1v1~1occurrences~1{occurrenceId}~1held-with-nobody/post/responses/200/content/application~1json/schema/$ref")
                .asText()).endsWith("/Occurrence");
        assertThat(paths.at("/~1api~1v1~1occurrences~1{occurrenceId}~1participant-sheet/post/responses/200/content/application~1json/schema/$ref")
                .asText()).endsWith("/BulkEntryResult");
        assertThat(paths.at("/~1api~1v1~1activities~1{id}/patch/responses/200/content/application~1json/schema/$ref").asText())
                .endsWith("/Activity");
        assertThat(paths.at("/~1api~1v1~1activities~1{id}/patch/responses/409/content/application~1problem+json/schema/$ref").asText())
                .endsWith("/Problem");
    }
}
