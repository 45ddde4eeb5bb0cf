package org.volunteernet.brand;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.AnswersAsUnknownId;
import org.volunteernet.common.testing.TestTokens;

/**
 * No existence leak across districts: another district's office working on a brand (leaders, organizations,
 * groups) or reading a work unit gets the very answer an id of nothing gets (404, same body but the id, same
 * headers).
 */
@QuarkusTest
class AnotherDistrictAsUnknownTest {

    @Test
    void anotherDistrictsBrandAndWorkUnitReadLikeNonexistentOnes() {
        String district = KnownVolunteers.freshDistrict();
        String office = TestTokens.user(district, "district-admin").token();
        KnownVolunteers.Known founder = KnownVolunteers.register(district);
        String brand = given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("name", "Saturday", "district", district, "founderVolunteerId", founder.id().toString()))
                .when().post("/api/v1/brands").then().statusCode(201).extract().path("id");
        String unit = given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(Map.of("name", "Depot No. 3", "kind", "ENTERPRISE", "district", district))
                .when().post("/api/v1/work-units").then().statusCode(201).extract().path("id");

        String elsewhere = KnownVolunteers.freshDistrict();
        String other = TestTokens.user(elsewhere, "district-admin").token();
        KnownVolunteers.Known theirs = KnownVolunteers.register(elsewhere);
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", theirs.id().toString())).when().post("/api/v1/brands/" + id + "/leaders"), brand);
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(other).when()
                .delete("/api/v1/brands/" + id + "/leaders/" + founder.id()), brand);
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(Map.of("name", "Youth League")).when().post("/api/v1/brands/" + id + "/organizations"), brand);
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(Map.of("name", "Intruders", "leaderVolunteerId", theirs.id().toString())).when()
                .post("/api/v1/brands/" + id + "/groups"), brand);
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(other).when().get("/api/v1/work-units/" + id), unit);
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(other).when().get("/api/v1/work-units/" + id + "/members"),
                unit);
    }
}
