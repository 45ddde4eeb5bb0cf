package org.volunteernet.volunteer.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.VolunteerProfileUpdated;
import org.volunteernet.volunteer.Registrations;

@QuarkusTest
class ProfileAndSearchTest {

    @Test
    void theOwnerUpdatesWithIfMatchAndTheEventCarriesTheNewVersion() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("skills", List.of("first-aid", "sign-language"), "post", "bus driver"))
                    .when().patch("/api/v1/volunteers/" + volunteer.id())
                    .then().statusCode(200).header("ETag", "\"1\"")
                    .body("skills", equalTo(List.of("first-aid", "sign-language")))
                    .body("post", equalTo("bus driver"))
                    .body("phone", equalTo("138****0000")); // never the full number
            VolunteerProfileUpdated updated = EventCodec.parse(probe.await(r -> volunteer.id().equals(r.key())
                    && TopicProbe.text(r).contains("VolunteerProfileUpdated"), Duration.ofSeconds(20)).value())
                    .dataAs(VolunteerProfileUpdated.class);
            assertThat(updated.version()).isEqualTo(1);
            assertThat(updated.skills()).containsExactly("first-aid", "sign-language");
        }
    }

    @Test
    void aStaleIfMatchIs412AndAMissingOneIs428() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        String path = "/api/v1/volunteers/" + volunteer.id();
        // an unquoted 0 is not an entity-tag (RFC 9110): refused, not applied (version 0 is still current below)
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", "0")
                .body(Map.of("phone", "13933333333")).when().patch(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"))
                .body("errors[0].message", equalTo("必须是本服务返回的带引号的实体标签（RFC 9110），例如 \"3\""));
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("phone", "13911111111")).when().patch(path).then().statusCode(200);
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("phone", "13922222222")).when().patch(path)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:stale-version"));
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("phone", "13922222222")).when().patch(path)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", "yesterday")
                .body(Map.of("phone", "13922222222")).when().patch(path)
                .then().statusCode(400);
        given().auth().oauth2(volunteer.token()).when().get(path).then().body("phone", equalTo("139****1111"));
    }

    @Test
    void onlyTheOwnerAndTheirDistrictOfficeMayUpdate() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        String path = "/api/v1/volunteers/" + volunteer.id();
        // another volunteer and another district's office may not know the volunteer exists (404); the city may (403)
        for (TestTokens.User other : new TestTokens.User[] {TestTokens.user("230110", "volunteer"),
                TestTokens.user("230102", "district-admin"), TestTokens.user(null, "city-admin")}) {
            given().auth().oauth2(other.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("phone", "13933333333")).when().patch(path)
                    .then().statusCode(other.roles().contains("city-admin") ? 403 : 404);
        }
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("community", "Heping Road")).when().patch(path)
                .then().statusCode(200).body("community", equalTo("Heping Road"));
    }

    @Test
    void aDistrictOfficeSearchesItsDistrictPageByPage() {
        String district = Registrations.freshDistrict();
        TestTokens.User office = TestTokens.user(district, "district-admin");
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            registered.add(given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                    .body(Registrations.body(district)).when().post("/api/v1/volunteers")
                    .then().statusCode(201).extract().path("id"));
        }
        String cursor = given().auth().oauth2(office.token()).when().get("/api/v1/volunteers?limit=2")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue())
                .body("items[0].id", equalTo(registered.get(0))).body("items[1].id", equalTo(registered.get(1)))
                .extract().path("nextCursor");
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers?limit=2&cursor=" + cursor)
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
                .body("items[0].id", equalTo(registered.get(2)));
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers?skill=first-aid&district=" + district)
                .then().statusCode(200).body("items", hasSize(3));
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers?skill=juggling")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/volunteers?district=" + district).then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void searchingAnotherDistrictIsRefusedAndBadParametersAre400() {
        TestTokens.User office = TestTokens.user("230102", "district-admin");
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers?district=230110").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).when().get("/api/v1/volunteers")
                .then().statusCode(403);
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers?limit=0").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers?limit=100000").then().statusCode(400);
        given().auth().oauth2(office.token()).when().get("/api/v1/volunteers?cursor=@@@").then().statusCode(400)
                .body("errors.field[0]", equalTo("cursor"));
    }
}
