package org.volunteernet.volunteer.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.VolunteerProfileUpdated;
import org.volunteernet.volunteer.Registrations;

@QuarkusTest
class NameCorrectionTest {

    static Registrations.Registered registeredAs(String district, String name) {
        TestTokens.User user = TestTokens.user(district, "volunteer");
        Map<String, Object> body = new HashMap<>(Registrations.body(district));
        body.put("name", name);
        String id = given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
        return new Registrations.Registered(id, user);
    }

    @Test
    void theDistrictOfficeCorrectsANameWithAReasonKeptInTheHistoryAndAnnouncedWithoutTheName() {
        Registrations.Registered volunteer = registeredAs("230110", "王小名");
        TestTokens.User office = TestTokens.user("230110", "district-admin");
        String path = "/api/v1/volunteers/" + volunteer.id();
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("name", " 王小明 ", "reason", "Typed 名 for 明 at registration; checked against the ID card"))
                    .when().patch(path)
                    .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("王小明")).body("version", equalTo(1));
            ConsumerRecord<String, byte[]> record = probe.await(r -> volunteer.id().equals(r.key())
                    && TopicProbe.text(r).contains("VolunteerProfileUpdated"), Duration.ofSeconds(20));
            VolunteerProfileUpdated updated = EventCodec.parse(record.value()).dataAs(VolunteerProfileUpdated.class);
            assertThat(updated.changedFields()).containsExactly("name");
            assertThat(updated.version()).isEqualTo(1);
            assertThat(TopicProbe.text(record)).doesNotContain("王小明", "王小名", "Typed");
        }
        given().auth().oauth2(volunteer.token()).when().get(path).then().statusCode(200).body("name", equalTo("王小明"));
        // the history, for the office and for the volunteer
        for (TestTokens.User reader : new TestTokens.User[] {office, volunteer.user()}) {
            given().auth().oauth2(reader.token()).when().get(path + "/history")
                    .then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].oldName", equalTo("王小名")).body("items[0].newName", equalTo("王小明"))
                    .body("items[0].reason", equalTo("Typed 名 for 明 at registration; checked against the ID card"))
                    .body("items[0].changedBy", equalTo(office.subject()));
        }
        // a second correction appends, the first stays
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("name", "王晓明", "reason", "The ID card says 晓")).when().patch(path)
                .then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(office.token()).when().get(path + "/history").then().statusCode(200)
                .body("items.newName", equalTo(List.of("王小明", "王晓明")))
                .body("items.oldName", equalTo(List.of("王小名", "王小明")));
        String cursor = given().auth().oauth2(office.token()).when().get(path + "/history?limit=1").then().statusCode(200)
                .body("items.newName", equalTo(List.of("王小明"))).extract().path("nextCursor");
        given().auth().oauth2(office.token()).queryParam("cursor", cursor).when().get(path + "/history?limit=1")
                .then().statusCode(200).body("items.newName", equalTo(List.of("王晓明")));
        // the cursor belongs to this volunteer's history: on another volunteer's it is refused, not applied
        String other = "/api/v1/volunteers/" + registeredAs("230110", "李明").id();
        given().auth().oauth2(office.token()).queryParam("cursor", cursor).when().get(other + "/history?limit=1")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", equalTo("是为另一个列表或其他筛选条件签发的游标；请不带它重新请求第一页"));
    }

    @Test
    void onlyTheOfficeOfTheVolunteersDistrictCorrectsNamesAndAlwaysWithAReason() {
        Registrations.Registered volunteer = registeredAs("230110", "Li Ming");
        String path = "/api/v1/volunteers/" + volunteer.id();
        Map<String, String> correction = Map.of("name", "Li Min", "reason", "typo");
        // the volunteer themself, another district's office, a city admin, an organizer
        for (TestTokens.User other : new TestTokens.User[] {volunteer.user(), TestTokens.user("230102", "district-admin"),
                TestTokens.user(null, "city-admin"), TestTokens.user("230110", "organizer")}) {
            // another district's office hears 404, as for an unknown id; the others may know the volunteer exists
            given().auth().oauth2(other.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(correction).when().patch(path).then()
                    .statusCode("230102".equals(other.district()) ? 404 : 403).contentType("application/problem+json");
        }
        TestTokens.User office = TestTokens.user("230110", "district-admin");
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Li Min")).when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Li Min", "reason", "  ")).when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", equalTo("不能为空：更正姓名须说明理由"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("community", "Heping Road", "reason", "moved")).when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Li 2", "reason", "typo")).when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(correction).when().patch(path).then().statusCode(428);
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(correction).when().patch(path).then().statusCode(412);
        // nothing above changed anything
        given().auth().oauth2(office.token()).when().get(path).then().body("name", equalTo("Li Ming")).body("version", equalTo(0));
        given().auth().oauth2(office.token()).when().get(path + "/history").then().statusCode(200).body("items", hasSize(0));
        for (TestTokens.User other : new TestTokens.User[] {TestTokens.user("230102", "district-admin"),
                TestTokens.user("230110", "volunteer")}) {
            given().auth().oauth2(other.token()).when().get(path + "/history").then().statusCode(404); // as unknown
        }
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers/" + java.util.UUID.randomUUID() + "/history")
                .then().statusCode(404);
    }
}
