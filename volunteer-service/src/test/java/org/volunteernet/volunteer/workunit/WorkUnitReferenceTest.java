package org.volunteernet.volunteer.workunit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.WorkUnitRegistered;
import org.volunteernet.volunteer.Registrations;
import org.volunteernet.volunteer.workunit.domain.KnownWorkUnit;

/**
 * Issue 18, cross-district references: a volunteer's workUnitId names a work unit of the volunteer's own
 * district that brand-service registered (learnt from brand.events), and JSON null in PATCH clears it.
 */
@QuarkusTest
class WorkUnitReferenceTest {

    static final String BRAND_TOPIC = "test.brand.events";

    /** Publishes WorkUnitRegistered twice (a redelivery) and waits until the unit is known here. */
    static UUID registeredUnit(String district) {
        UUID unit = UUID.randomUUID();
        WorkUnitRegistered registered = new WorkUnitRegistered(unit, district, "Xiangfang No. 3 Bus Depot", "ENTERPRISE",
                Instant.now());
        byte[] message = TestEvents.cloudEvent(registered, "/brand-service");
        try (TestEvents events = new TestEvents()) {
            events.send(BRAND_TOPIC, registered.aggregateId(), message);
            events.send(BRAND_TOPIC, registered.aggregateId(), message);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> known(unit));
        return unit;
    }

    static boolean known(UUID unit) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> KnownWorkUnit.findById(unit) != null);
    }

    static Map<String, Object> body(String district, Object workUnitId) {
        Map<String, Object> body = new HashMap<>(Registrations.body(district));
        body.put("workUnitId", workUnitId);
        return body;
    }

    @Test
    void registrationTakesOnlyAKnownUnitOfTheVolunteersDistrict() {
        UUID ours = registeredUnit(Registrations.XIANGFANG);
        UUID theirs = registeredUnit(Registrations.DAOLI);
        TestTokens.User office = TestTokens.user(Registrations.XIANGFANG, "district-admin");

        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(body(Registrations.XIANGFANG, UUID.randomUUID().toString()))
                .when().post("/api/v1/volunteers").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("workUnitId"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(body(Registrations.XIANGFANG, theirs.toString()))
                .when().post("/api/v1/volunteers").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("workUnitId"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(body(Registrations.XIANGFANG, "not-a-uuid"))
                .when().post("/api/v1/volunteers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("workUnitId"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(body(Registrations.XIANGFANG, ours.toString()))
                .when().post("/api/v1/volunteers").then().statusCode(201).body("workUnitId", equalTo(ours.toString()));
    }

    /** The problem answered, its detail with {@code id} written as {@code <id>}: what tells one refusal from another. */
    static Map<String, Object> refusal(io.restassured.response.ValidatableResponse answer, UUID id) {
        Map<String, Object> problem = new HashMap<>(answer.statusCode(422).contentType("application/problem+json")
                .extract().jsonPath().getMap("$"));
        problem.put("detail", ((String) problem.get("detail")).replace(id.toString(), "<id>"));
        problem.remove("instance");
        return problem;
    }

    @Test
    void anotherDistrictsUnitIsRefusedExactlyAsAnUnknownIdIs() {
        UUID theirs = registeredUnit(Registrations.DAOLI);
        UUID unknown = UUID.randomUUID();
        TestTokens.User office = TestTokens.user(Registrations.XIANGFANG, "district-admin");
        Registrations.Registered volunteer = Registrations.selfRegistered(Registrations.XIANGFANG);
        String path = "/api/v1/volunteers/" + volunteer.id();
        for (String language : List.of("zh-CN", "en")) {
            var ofTheirs = refusal(given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").header("Accept-Language", language)
                    .body(Map.of("workUnitId", theirs.toString())).when().patch(path).then(), theirs);
            var ofNobody = refusal(given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").header("Accept-Language", language)
                    .body(Map.of("workUnitId", unknown.toString())).when().patch(path).then(), unknown);
            org.assertj.core.api.Assertions.assertThat(ofTheirs).isEqualTo(ofNobody);
            org.assertj.core.api.Assertions.assertThat(ofTheirs.get("errors").toString()).contains("workUnitId");
            // the same on registration
            var registeringTheirs = refusal(given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                    .header("Accept-Language", language).body(body(Registrations.XIANGFANG, theirs.toString()))
                    .when().post("/api/v1/volunteers").then(), theirs);
            var registeringNobody = refusal(given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                    .header("Accept-Language", language).body(body(Registrations.XIANGFANG, unknown.toString()))
                    .when().post("/api/v1/volunteers").then(), unknown);
            org.assertj.core.api.Assertions.assertThat(registeringTheirs).isEqualTo(registeringNobody);
        }
    }

    @Test
    void patchSetsAKnownUnitRefusesOthersKeepsItWhenLeftOutAndClearsItOnNull() {
        UUID ours = registeredUnit(Registrations.XIANGFANG);
        UUID theirs = registeredUnit(Registrations.DAOLI);
        Registrations.Registered volunteer = Registrations.selfRegistered(Registrations.XIANGFANG);
        String path = "/api/v1/volunteers/" + volunteer.id();

        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("workUnitId", UUID.randomUUID().toString())).when().patch(path)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("workUnitId"));
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("workUnitId", theirs.toString())).when().patch(path)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("workUnitId"));
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("workUnitId", ours.toString())).when().patch(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("workUnitId", equalTo(ours.toString()));
        // left out: kept
        String etag = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("skills", List.of("sign-language", "first-aid"))).when().patch(path)
                .then().statusCode(200).body("workUnitId", equalTo(ours.toString())).extract().header("ETag");
        // JSON null: cleared
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"workUnitId\":null}").when().patch(path)
                .then().statusCode(200).body("workUnitId", nullValue());
        given().auth().oauth2(volunteer.token()).when().get(path).then().statusCode(200).body("workUnitId", nullValue());
    }
}
