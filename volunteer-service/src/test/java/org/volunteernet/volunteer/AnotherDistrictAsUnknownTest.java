package org.volunteernet.volunteer;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.AnswersAsUnknownId;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.certificate.CertificateTest;

/**
 * No existence leak across districts: Daoli's office asking for a Xiangfang volunteer's profile, records, star,
 * streak, history, certificates or claim code, or entering a correction of one of their records, gets the very
 * answer an id of nothing gets (404, same body but the id, same headers); so does another volunteer.
 */
@QuarkusTest
class AnotherDistrictAsUnknownTest {

    @Test
    void anotherDistrictsVolunteerReadsLikeANonexistentOne() {
        Registrations.Registered volunteer = CertificateTest.volunteerWithRecords(); // Xiangfang
        String records = "/api/v1/volunteers/" + volunteer.id() + "/service-records";
        String record = given().auth().oauth2(volunteer.token()).when().get(records).then().statusCode(200)
                .extract().path("items[0].id");
        Map<String, Object> correction = Map.of("hours", 3.0, "reason", "Stayed until the end");
        String pdf = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/volunteers/" + volunteer.id() + "/certificates").then().statusCode(201).extract().path("pdf");
        for (TestTokens.User other : new TestTokens.User[] {TestTokens.user(Registrations.DAOLI, "district-admin"),
                TestTokens.user(Registrations.XIANGFANG, "volunteer")}) {
            String token = other.token();
            for (String tail : new String[] {"", "/service-records", "/star", "/streak", "/history"}) {
                AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).when()
                        .get("/api/v1/volunteers/" + id + tail), volunteer.id());
            }
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).contentType(ContentType.JSON).body(correction)
                    .when().post("/api/v1/volunteers/" + id + "/service-records/" + record + "/corrections"), volunteer.id());
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/v1/volunteers/" + id + "/certificates"), volunteer.id());
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).when().get(pdf.replace(volunteer.id(), id)),
                    volunteer.id());
            AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("community", "Heping Road"))
                    .when().patch("/api/v1/volunteers/" + id), volunteer.id());
        }
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(TestTokens.user(Registrations.DAOLI, "district-admin").token())
                .when().post("/api/v1/volunteers/" + id + "/claim-codes"), volunteer.id());
    }
}
