package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input and the wrong people, with real Keycloak tokens against the running volunteer-service. */
class BadInputAndAccessIT {

    static final String REGISTER = Network.VOLUNTEERS + "/api/v1/volunteers";

    @Test
    void malformedJsonIs400ProblemJson() {
        given().auth().oauth2(Network.token("admin-xiangfang")).contentType(ContentType.JSON).body("{\"name\": \"Li Ming\", ")
                .when().post(REGISTER)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:malformed-json"));
    }

    @Test
    void missingFieldsAndWrongTypesAre400NamingTheFields() {
        given().auth().oauth2(Network.token("admin-xiangfang")).contentType(ContentType.JSON).body(Map.of("name", "X"))
                .when().post(REGISTER)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("birthDate", "idNumber", "consent"));
        Map<String, Object> wrongType = new HashMap<>(Network.newResident(Network.XIANGFANG));
        wrongType.put("birthDate", 19900305);
        given().auth().oauth2(Network.token("admin-xiangfang")).contentType(ContentType.JSON).body(wrongType)
                .when().post(REGISTER)
                .then().statusCode(400).body("errors.field", hasItem("birthDate"));
    }

    @Test
    void noTokenIs401() {
        given().contentType(ContentType.JSON).body(Network.newResident(Network.XIANGFANG))
                .when().post(REGISTER)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aVolunteerRegisteringSomeoneInAnotherDistrictIs403() {
        given().auth().oauth2(Network.token("vol-xiangfang")).contentType(ContentType.JSON)
                .body(Network.newResident(Network.DAOLI))
                .when().post(REGISTER)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aDistrictOfficeCannotReadAnotherDistrictsReport() {
        given().auth().oauth2(Network.token("admin-daoli"))
                .when().get(Network.REPORTS + "/api/v1/reports/districts/" + Network.XIANGFANG)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Network.token("admin-xiangfang"))
                .when().get(Network.REPORTS + "/api/v1/reports/districts/" + Network.XIANGFANG)
                .then().statusCode(200).body("district", equalTo(Network.XIANGFANG));
    }
}
