package org.volunteernet.volunteer.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.volunteernet.volunteer.registration.domain.RealName;

/**
 * Every place that takes a real name documents one bound (a new user's trial found 400 at registration and 200 at
 * correction and search): registration, the guardian's name, the office's correction and the search parameter.
 */
@QuarkusTest
class RealNameBoundsTest {

    @Test
    void everyRealNameFieldAndParameterHasTheSameMaximumLength() throws Exception {
        JsonNode openapi = new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        JsonNode schemas = openapi.at("/components/schemas");
        JsonNode nameParameter = StreamSupport.stream(openapi.at("/paths/~1api~1v1~1volunteers/get/parameters").spliterator(), false)
                .filter(p -> "name".equals(p.path("name").asText())).findFirst().orElseThrow();
        List<Integer> bounds = List.of(
                schemas.at("/RegistrationRequest/properties/name/maxLength").asInt(),
                schemas.at("/GuardianConsent/properties/name/maxLength").asInt(),
                schemas.at("/ProfileUpdate/properties/name/maxLength").asInt(),
                nameParameter.at("/schema/maxLength").asInt());
        assertThat(bounds).containsOnly(RealName.MAX_INPUT_LENGTH);
    }
}
