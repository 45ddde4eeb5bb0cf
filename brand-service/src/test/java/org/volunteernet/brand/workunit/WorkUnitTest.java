package org.volunteernet.brand.workunit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.brand.KnownVolunteers;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.WorkUnitRegistered;

@QuarkusTest
class WorkUnitTest {

    @Test
    void anOfficeRegistersAUnitAndSeesTheVolunteersWhoNamedIt() {
        String district = KnownVolunteers.freshDistrict();
        String office = TestTokens.user(district, "district-admin").token();
        String id;
        try (TopicProbe probe = TopicProbe.open("test.brand.events")) {
            var created = given().auth().oauth2(office).contentType(ContentType.JSON)
                    .body(Map.of("name", "Harbin Bus Company No. 3 Depot", "kind", "ENTERPRISE", "district", district))
                    .when().post("/api/v1/work-units").then().statusCode(201).body("memberCount", equalTo(0))
                    .extract();
            id = created.path("id");
            String unitId = id;
            WorkUnitRegistered registered = EventCodec.parse(probe.await(r -> unitId.equals(r.key()), Duration.ofSeconds(20))
                    .value()).dataAs(WorkUnitRegistered.class);
            assertThat(registered.kind()).isEqualTo("ENTERPRISE");
            // the time answered at once is the time read back and the event's, to the microsecond (NetworkClock)
            String registeredAt = created.path("registeredAt");
            assertThat(registeredAt).matches(".*T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z");
            assertThat(registered.registeredAt()).isEqualTo(java.time.Instant.parse(registeredAt));
            given().auth().oauth2(office).when().get("/api/v1/work-units/" + id)
                    .then().statusCode(200).body("registeredAt", equalTo(registeredAt));
        }
        KnownVolunteers.Known driver = KnownVolunteers.register(district, UUID.fromString(id));
        given().auth().oauth2(office).when().get("/api/v1/work-units/" + id)
                .then().statusCode(200).body("memberCount", equalTo(1)).body("members", hasSize(1))
                .body("members[0].volunteerId", equalTo(driver.id().toString()));
        given().auth().oauth2(TestTokens.user(null, "city-admin").token()).when().get("/api/v1/work-units/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).when().get("/api/v1/work-units/" + id)
                .then().statusCode(404);
    }

    @Test
    void everyMemberIsListedPageByPage() {
        String district = KnownVolunteers.freshDistrict();
        String office = TestTokens.user(district, "district-admin").token();
        String id = given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("name", "Harbin No. 9 Middle School", "kind", "SCHOOL", "district", district))
                .when().post("/api/v1/work-units").then().statusCode(201).extract().path("id");
        java.util.List<String> members = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            members.add(KnownVolunteers.register(district, UUID.fromString(id)).id().toString());
        }
        String path = "/api/v1/work-units/" + id + "/members";
        String cursor = given().auth().oauth2(office).queryParam("limit", 2).when().get(path)
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", org.hamcrest.Matchers.notNullValue())
                .extract().path("nextCursor");
        java.util.List<String> rest = given().auth().oauth2(office).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get(path).then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", org.hamcrest.Matchers.nullValue()).extract().path("items.volunteerId");
        java.util.List<String> all = given().auth().oauth2(TestTokens.user(null, "city-admin").token()).when().get(path)
                .then().statusCode(200).extract().path("items.volunteerId");
        assertThat(all).containsExactlyInAnyOrderElementsOf(members).endsWith(rest.get(0));
        // another district's office hears 404 as for an unknown unit; a cursor of another unit is a 400 naming cursor
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).when().get(path).then().statusCode(404);
        String other = given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("name", "Harbin No. 10 Middle School", "kind", "SCHOOL", "district", district))
                .when().post("/api/v1/work-units").then().statusCode(201).extract().path("id");
        given().auth().oauth2(office).queryParam("cursor", cursor).when().get("/api/v1/work-units/" + other + "/members")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("cursor"));
    }

    @Test
    void unitsAreUniquePerDistrictTypedAndOfficeOnly() {
        String district = KnownVolunteers.freshDistrict();
        String office = TestTokens.user(district, "district-admin").token();
        Map<String, Object> unit = Map.of("name", "No. 1 Middle School", "kind", "SCHOOL", "district", district);
        given().auth().oauth2(office).contentType(ContentType.JSON).body(unit).when().post("/api/v1/work-units").then().statusCode(201);
        given().auth().oauth2(office).contentType(ContentType.JSON).body(unit).when().post("/api/v1/work-units")
                .then().statusCode(409).body("errors.field", org.hamcrest.Matchers.contains("name"))
                .body("errors[0].message", equalTo("是本区另一个单位的名称"));
        // full-width letters, digits and stop, and an ideographic space, make no new name (NameKey: NFKC)
        given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("name", "Ｎｏ．　１ middle SCHOOL", "kind", "SCHOOL", "district", district))
                .when().post("/api/v1/work-units").then().statusCode(409)
                .body("errors.field", org.hamcrest.Matchers.contains("name"));
        given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("name", "a\u200bb", "kind", "SCHOOL", "district", district))
                .when().post("/api/v1/work-units").then().statusCode(400).body("errors.field", hasItem("name"));
        given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("name", "Garrison", "kind", "SPACESHIP", "district", district))
                .when().post("/api/v1/work-units").then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Garrison", "kind", "MILITARY_UNIT", "district", district))
                .when().post("/api/v1/work-units").then().statusCode(403);
        for (String role : new String[] {"volunteer", "organizer", "brand-leader", "analyst"}) {
            given().auth().oauth2(TestTokens.user(district, role).token()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Garrison", "kind", "MILITARY_UNIT", "district", district))
                    .when().post("/api/v1/work-units").then().statusCode(403);
        }
        given().auth().oauth2(office).when().get("/api/v1/work-units/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/api/v1/work-units/" + UUID.randomUUID()).then().statusCode(401);
    }
}
