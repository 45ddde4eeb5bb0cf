package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Brands and groups with real Keycloak tokens: founder, brand leader, group leader, a joiner, another district. */
class BrandsAndGroupsIT {

    static final String BRANDS = Network.BRANDS + "/api/v1/brands";

    @Test
    void aFoundedBrandShapesAGroupThatAVolunteerJoinsWithTheLeadersApproval() {
        String office = Network.token("admin-xiangfang");
        String leader = Network.token("leader-xiangfang");
        String groupLeader = Network.token("vol-xiangfang");
        String joiner = Network.token("vol2-xiangfang"); // members belong to the brand's district
        String founder = Network.ownVolunteerId(leader, Network.XIANGFANG);
        String groupLeaderId = Network.ownVolunteerId(groupLeader, Network.XIANGFANG);
        String joinerId = Network.ownVolunteerId(joiner, Network.XIANGFANG);
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        // brand-service learns of volunteers from volunteer.events: a just-registered founder may take a moment
        String[] brand = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = given().auth().oauth2(office).contentType(ContentType.JSON)
                    .body(Map.of("name", "Neighbourly Sundays " + suffix, "district", Network.XIANGFANG,
                            "founderVolunteerId", founder))
                    .when().post(BRANDS).then().extract();
            brand[0] = answer.statusCode() == 201 ? answer.path("id") : null;
            return brand[0] != null;
        });
        String group = given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("name", "Sunday Soup Kitchen", "leaderVolunteerId", groupLeaderId))
                .when().post(BRANDS + "/" + brand[0] + "/groups")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(joiner).when().post(Network.BRANDS + "/api/v1/groups/" + group + "/members")
                .then().statusCode(201).body("status", equalTo("PENDING"));
        String outsider = Network.token("vol-daoli");
        Network.ownVolunteerId(outsider, Network.DAOLI);
        given().auth().oauth2(outsider).when().post(Network.BRANDS + "/api/v1/groups/" + group + "/members")
                .then().statusCode(422); // another district's volunteer
        given().auth().oauth2(outsider).contentType(ContentType.JSON)
                .body(Map.of("approved", true, "reason", "not mine to approve"))
                .when().post(Network.BRANDS + "/api/v1/groups/" + group + "/members/" + joinerId + "/approval")
                .then().statusCode(403);
        given().auth().oauth2(groupLeader).contentType(ContentType.JSON)
                .body(Map.of("approved", true, "reason", "Welcome"))
                .when().post(Network.BRANDS + "/api/v1/groups/" + group + "/members/" + joinerId + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(leader).contentType(ContentType.JSON).body(Map.of("approved", true, "reason", "again"))
                .when().post(Network.BRANDS + "/api/v1/groups/" + group + "/members/" + joinerId + "/approval")
                .then().statusCode(409);
        given().auth().oauth2(joiner).when().get(Network.BRANDS + "/api/v1/groups/" + group)
                .then().statusCode(200).body("members", equalTo(2));

        given().auth().oauth2(Network.token("admin-daoli")).contentType(ContentType.JSON)
                .body(Map.of("name", "Daoli Helpers")).when().post(BRANDS + "/" + brand[0] + "/organizations")
                .then().statusCode(404); // another district's brand: as for an unknown id

        // the brand's report, built by reporting-service from brand.events, for its founding leader
        String report = Network.REPORTS + "/api/v1/reports/brands/" + brand[0];
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                given().auth().oauth2(leader).when().get(report).then().statusCode(200)
                        .body("members.current", equalTo(2)).body("groups[0].name", equalTo("Sunday Soup Kitchen")));
        given().auth().oauth2(Network.token("admin-daoli")).when().get(report).then().statusCode(404); // as unknown
        given().auth().oauth2(Network.token("analyst")).when().get(report).then().statusCode(200);
    }
}
