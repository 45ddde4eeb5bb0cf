package org.volunteernet.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EveryEndpointNeedsATokenTest {

    static final String ID = UUID.randomUUID().toString();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "POST, /api/v1/volunteers",
            "GET, /api/v1/volunteers",
            "GET, /api/v1/volunteers/me",
            "GET, /api/v1/volunteers/{id}",
            "PATCH, /api/v1/volunteers/{id}",
            "POST, /api/v1/volunteers/{id}/diary",
            "GET, /api/v1/volunteers/{id}/diary",
            "GET, /api/v1/volunteers/{id}/streak",
            "POST, /api/v1/deeds",
            "GET, /api/v1/volunteers/{id}/service-records",
            "POST, /api/v1/volunteers/{id}/service-records/{id}/corrections",
            "POST, /api/v1/corrections/{id}/decision",
            "GET, /api/v1/volunteers/{id}/star",
            "POST, /api/v1/volunteers/{id}/certificates",
            "GET, /api/v1/volunteers/{id}/certificates/ABCD-EFGH-JKMN-PQRS/pdf",
            "POST, /api/v1/demo/diary-history"})
    void answers401ProblemJsonWithoutAToken(String method, String path) {
        given().contentType(ContentType.JSON).body("{}")
                .when().request(method, path.replace("{id}", ID))
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }
}
