package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Every 201 names what it created in Location": every creating call of the four services, made with real tokens,
 * and the Location of each 201 followed with the creator's token must answer 200 (never the 404 of a path nothing
 * serves), and never carry a secret (a claim code). An unknown path is a problem+json 404 in Chinese.
 */
class EveryLocationAnswersIT {

    static final ZoneId HARBIN = ZoneId.of("Asia/Shanghai");

    /** POSTs {@code body} (or none) as {@code token}; on 201, GETs its Location with the same token and expects 200. */
    static ExtractableResponse<Response> created(String token, String url, Object body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        ExtractableResponse<Response> answer = request.when().post(url).then().statusCode(201).extract();
        String location = answer.header("Location");
        assertThat(location).as("Location of POST " + url).isNotBlank();
        given().auth().oauth2(token).when().get(url.substring(0, url.indexOf("/api/")) + URI.create(location).getPath())
                .then().statusCode(200);
        return answer;
    }

    @Test
    void theLocationOfEveryCreatedResourceAnswers() {
        String office = Network.token("admin-xiangfang");
        String organizer = Network.token("org-xiangfang");
        String leader = Network.token("leader-xiangfang");
        String volunteer = Network.token("vol2-xiangfang");
        String volunteerId = Network.ownVolunteerId(volunteer, Network.XIANGFANG);
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        // volunteer-service: a registration, its claim code (no secret in Location), a witnessed deed, a diary entry
        String registered = created(office, Network.VOLUNTEERS + "/api/v1/volunteers", Network.newResident(Network.XIANGFANG))
                .path("id");
        var code = created(office, Network.VOLUNTEERS + "/api/v1/volunteers/" + registered + "/claim-codes", null);
        String secret = code.path("code");
        assertThat(code.header("Location")).doesNotContain(secret).doesNotContain(secret.replace("-", ""));
        LocalDate today = LocalDate.now(HARBIN);
        created(organizer, Network.VOLUNTEERS + "/api/v1/deeds", Map.of("volunteerId", volunteerId, "date", today.toString(),
                "category", "NEIGHBOURHOOD", "description", "Helped a neighbour carry coal " + suffix, "minutes", 20));
        var diary = given().auth().oauth2(volunteer).contentType(ContentType.JSON)
                .body(Map.of("date", today.toString(), "deeds", List.of(Map.of("category", "NEIGHBOURHOOD",
                        "description", "Swept the stairwell " + suffix, "minutes", 15, "atPost", false))))
                .when().post(Network.VOLUNTEERS + "/api/v1/volunteers/" + volunteerId + "/diary").then().extract();
        assertThat(diary.statusCode()).isIn(200, 201); // 200 when today's entry was already written
        given().auth().oauth2(volunteer).when()
                .get(Network.VOLUNTEERS + "/api/v1/volunteers/" + volunteerId + "/diary/" + today).then().statusCode(200);

        // activity-service: an activity and a sign-up
        OffsetDateTime start = OffsetDateTime.now(HARBIN).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        String activity = created(organizer, Network.ACTIVITIES + "/api/v1/activities", Map.of("title", "Location check " + suffix,
                "content", "Tidied the reading room", "district", Network.XIANGFANG, "place", "Community library",
                "start", start.toString(), "end", start.plusHours(2).toString(), "capacity", 5,
                "serviceCategory", "COMMUNITY", "organizingUnit", "Heping Road Residents' Committee",
                "personInCharge", "Zhou Tao")).path("id");
        LocalDate day = start.atZoneSameInstant(HARBIN).toLocalDate();
        String occurrence = given().auth().oauth2(volunteer).when().get(Network.ACTIVITIES + "/api/v1/activities/"
                + activity + "/occurrences?from=" + day + "&to=" + day).then().statusCode(200).extract().path("items[0].id");
        String signups = Network.ACTIVITIES + "/api/v1/occurrences/" + occurrence + "/signups";
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(volunteer).when().get(
                Network.ACTIVITIES + "/api/v1/signups/me").then().extract().statusCode() == 200);
        created(volunteer, signups, null);

        // brand-service: a brand, a leader, an organization, a group, a request to join, a work unit
        String founder = Network.ownVolunteerId(leader, Network.XIANGFANG);
        String brand = created(office, Network.BRANDS + "/api/v1/brands", Map.of("name", "Location check " + suffix,
                "district", Network.XIANGFANG, "founderVolunteerId", founder)).path("id");
        created(office, Network.BRANDS + "/api/v1/brands/" + brand + "/leaders", Map.of("volunteerId", volunteerId));
        created(office, Network.BRANDS + "/api/v1/brands/" + brand + "/organizations", Map.of("name", "Red Cross " + suffix));
        String group = created(leader, Network.BRANDS + "/api/v1/brands/" + brand + "/groups",
                Map.of("name", "Location check " + suffix, "leaderVolunteerId", founder)).path("id");
        created(volunteer, Network.BRANDS + "/api/v1/groups/" + group + "/members", null);
        created(office, Network.BRANDS + "/api/v1/work-units", Map.of("name", "Location check depot " + suffix,
                "kind", "ENTERPRISE", "district", Network.XIANGFANG));
    }

    @Test
    void anUnknownPathIsAChineseProblem() {
        for (String base : List.of(Network.VOLUNTEERS, Network.ACTIVITIES, Network.BRANDS, Network.REPORTS)) {
            given().when().get(base + "/api/v1/nothing-here").then().statusCode(404)
                    .contentType("application/problem+json").header("Content-Language", "zh-CN")
                    .body("detail", equalTo("此路径下没有任何资源；请查阅本接口的 OpenAPI 文档了解可用路径"));
        }
    }
}
