package org.volunteernet.volunteer.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.Registrations;

/** The volunteer directory: the network's services (realm role service) learn who volunteers are; people never. */
@QuarkusTest
class VolunteerDirectoryTest {

    static final String PATH = "/api/v1/volunteers/directory";

    record Person(String id, String volunteerNumber, String idNumber) {
    }

    static Person register(TestTokens.User office, String district, String name) {
        var birth = Registrations.randomBirthDate();
        String idNumber = Registrations.residentId(district.startsWith("9") ? "230110" : district, birth);
        Map<String, Object> body = new java.util.HashMap<>(Registrations.body(district, birth, idNumber));
        body.put("name", name);
        var answer = given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers").then().statusCode(201).extract();
        return new Person(answer.path("id"), answer.path("volunteerNumber"), idNumber);
    }

    static TestTokens.User service() {
        return TestTokens.user(null, "service");
    }

    @Test
    void theServicesLearnNamesAndNumbersByIdNumberAndIdNumber() {
        String district = Registrations.freshDistrict();
        String other = Registrations.freshDistrict();
        Person zhang = register(TestTokens.user(district, "district-admin"), district, "张伟");
        Person li = register(TestTokens.user(district, "district-admin"), district, "Li Ming");
        Person wang = register(TestTokens.user(other, "district-admin"), other, "王芳");
        String unknownId = UUID.randomUUID().toString();

        // by ids: each once, any district, unknown ones absent
        given().auth().oauth2(service().token()).contentType(ContentType.JSON)
                .body(Map.of("volunteerIds", List.of(zhang.id(), wang.id(), unknownId, zhang.id())))
                .when().post(PATH).then().statusCode(200)
                .body("volunteers", hasSize(2))
                .body("volunteers.volunteerId", containsInAnyOrder(zhang.id(), wang.id()))
                .body("volunteers.find { it.volunteerId == '" + zhang.id() + "' }.name", equalTo("张伟"))
                .body("volunteers.find { it.volunteerId == '" + zhang.id() + "' }.district", equalTo(district))
                .body("volunteers.find { it.volunteerId == '" + zhang.id() + "' }.volunteerNumber", equalTo(zhang.volunteerNumber()))
                .body("volunteers.find { it.volunteerId == '" + wang.id() + "' }.name", equalTo("王芳"))
                .body("idNumberMatches", hasSize(0));

        // by volunteer number (case and spaces ignored) and by ID number, answered by position, never echoed
        String lowercaseX = li.idNumber().toLowerCase(); // an X check digit may come in lower case
        String answer = given().auth().oauth2(service().token()).contentType(ContentType.JSON)
                .body(Map.of("volunteerNumbers", List.of(" " + zhang.volunteerNumber().toLowerCase() + " "),
                        "idNumbers", List.of("230110190001010000", lowercaseX, "no id", wang.idNumber())))
                .when().post(PATH).then().statusCode(200)
                .body("volunteers.volunteerId", containsInAnyOrder(zhang.id(), li.id(), wang.id()))
                .body("idNumberMatches.position", equalTo(List.of(1, 3)))
                .body("idNumberMatches.volunteerId", equalTo(List.of(li.id(), wang.id())))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(answer).doesNotContain(li.idNumber()).doesNotContain(wang.idNumber())
                .doesNotContain(li.idNumber().substring(6, 14)).doesNotContain("138"); // no ID number, birth date or phone

        // an empty question, an empty answer
        given().auth().oauth2(service().token()).contentType(ContentType.JSON).body(Map.of())
                .when().post(PATH).then().statusCode(200).body("volunteers", hasSize(0));
    }

    @Test
    void everyPersonsRoleIsRefusedAndLimitsAreProblems() {
        String district = Registrations.freshDistrict();
        Person someone = register(TestTokens.user(district, "district-admin"), district, "李娜");
        for (String role : List.of("volunteer", "organizer", "brand-leader", "district-admin", "city-admin", "analyst")) {
            given().auth().oauth2(TestTokens.user(district, role).token()).contentType(ContentType.JSON)
                    .body(Map.of("volunteerIds", List.of(someone.id()))).when().post(PATH)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body(not(containsString("李娜")));
        }
        given().contentType(ContentType.JSON).body(Map.of("volunteerIds", List.of(someone.id()))).when().post(PATH)
                .then().statusCode(401);

        List<String> tooMany = new ArrayList<>(Collections.nCopies(1001, "V1"));
        given().auth().oauth2(service().token()).contentType(ContentType.JSON).body(Map.of("volunteerNumbers", tooMany))
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("volunteerNumbers")));
        given().auth().oauth2(service().token()).contentType(ContentType.JSON).body(Map.of("idNumbers", List.of(" ")))
                .when().post(PATH).then().statusCode(400).body("errors.field", hasItem(containsString("idNumbers")));
        given().auth().oauth2(service().token()).contentType(ContentType.JSON).body("{\"volunteerIds\":[\"nope\"]}")
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(service().token()).contentType(ContentType.JSON).body("{\"names\":[]}")
                .when().post(PATH).then().statusCode(400);
    }
}
