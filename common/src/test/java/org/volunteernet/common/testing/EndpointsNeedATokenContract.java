package org.volunteernet.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every protected endpoint of a service answers 401 problem+json with a Bearer challenge when
 * called without a token. A service lists its endpoints as "METHOD /path" with {id} for ids.
 */
public abstract class EndpointsNeedATokenContract {

    protected abstract List<String> protectedEndpoints();

    @TestFactory
    Stream<DynamicTest> everyProtectedEndpointAnswers401WithoutAToken() {
        String id = UUID.randomUUID().toString();
        return protectedEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            String[] parts = endpoint.split(" ", 2);
            given().contentType(ContentType.JSON).body("{}")
                    .when().request(parts[0], parts[1].replace("{id}", id))
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }));
    }
}
