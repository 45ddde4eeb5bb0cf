package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diary with real Keycloak tokens: the volunteer's own, a district office sees streaks only. */
class VolunteerDiaryIT {

    @Test
    void aVolunteerWritesTheirDiaryAndTheOfficeSeesOnlyTheStreak() {
        String volunteerToken = Network.token("vol2-xiangfang");
        String id = Network.ownVolunteerId(volunteerToken, Network.XIANGFANG);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        given().auth().oauth2(volunteerToken).contentType(ContentType.JSON)
                .body(Map.of("date", today,
                        "deeds", List.of(Map.of("category", "NEIGHBOURHOOD", "description", "Walked a neighbour's dog",
                                "minutes", 20, "atPost", false)),
                        "shortcomings", List.of(Map.of("description", "Snapped at a colleague"))))
                .when().post(Network.VOLUNTEERS + "/api/v1/volunteers/" + id + "/diary")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().auth().oauth2(volunteerToken).when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + id + "/diary")
                .then().statusCode(200).body("items[0].date", equalTo(today))
                .body("items[0].shortcomings[0].description", equalTo("Snapped at a colleague"));

        String office = Network.token("admin-xiangfang");
        given().auth().oauth2(office).when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + id + "/diary")
                .then().statusCode(403);
        given().auth().oauth2(office).when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + id + "/streak")
                .then().statusCode(200).body("currentStreak", greaterThanOrEqualTo(1));
        given().auth().oauth2(Network.token("admin-daoli"))
                .when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + id + "/streak").then().statusCode(404); // as unknown
    }

    @Test
    void anUnknownCertificateCodeVerifiesNothingForAnyone() {
        given().when().get(Network.VOLUNTEERS + "/api/v1/certificates/AAAA-BBBB-CCCC-DDDD")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
