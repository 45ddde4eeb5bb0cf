package org.volunteernet.reporting.district;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.volunteernet.reporting.ReportingFixtures.freshDistrict;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.VolunteerRegistered;

@QuarkusTest
class DistrictReportTest {

    static final String TOPIC = "test.volunteer.events";
    static final String SOURCE = "/volunteer-service";

    static VolunteerRegistered registration(String district, Instant at) {
        return new VolunteerRegistered(UUID.randomUUID(), district,
                List.of(), List.of(), null, null, at);
    }

    static long registered(String district, int year) {
        return ((Number) given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/reports/districts/" + district + "?year=" + year)
                .then().statusCode(200).extract().path("registeredVolunteers")).longValue();
    }

    @Test
    void registrationsAreCountedPerDistrictAndYear() {
        String district = freshDistrict();
        try (TestEvents events = new TestEvents()) {
            events.send(TOPIC, registration(district, Instant.parse("2025-06-01T02:00:00Z")), SOURCE);
            events.send(TOPIC, registration(district, Instant.parse("2026-03-05T02:00:00Z")), SOURCE);
            // 2026-12-31T17:00Z is already 2027-01-01 in Harbin
            events.send(TOPIC, registration(district, Instant.parse("2026-12-31T17:00:00Z")), SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> registered(district, 2027) == 3);
        given().auth().oauth2(TestTokens.user(null, "analyst").token())
                .when().get("/api/v1/reports/districts/" + district + "?year=2026")
                .then().statusCode(200)
                .body("district", equalTo(district))
                .body("year", equalTo(2026))
                .body("registeredVolunteers", equalTo(2))
                .body("newRegistrations", equalTo(1));
    }

    @Test
    void aRedeliveredEventIsCountedOnce() {
        String district = freshDistrict();
        VolunteerRegistered first = registration(district, Instant.parse("2026-05-01T02:00:00Z"));
        byte[] message = TestEvents.cloudEvent(first, SOURCE);
        try (TestEvents events = new TestEvents()) {
            events.send(TOPIC, first.aggregateId(), message);
            events.send(TOPIC, first.aggregateId(), message);
            // a marker after the duplicate on the same partition: once it counts, the duplicate was seen
            VolunteerRegistered marker = new VolunteerRegistered(first.volunteerId(), district,
                    List.of(), List.of(), null, null, Instant.parse("2026-05-02T02:00:00Z"));
            events.send(TOPIC, marker, SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> registered(district, 2026) >= 2);
        assertThat(registered(district, 2026)).isEqualTo(2);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndDoesNotStallThePartition() {
        String district = freshDistrict();
        VolunteerRegistered after = registration(district, Instant.parse("2026-07-01T02:00:00Z"));
        try (TopicProbe deadLetters = TopicProbe.open(TOPIC + ".dlq"); TestEvents events = new TestEvents()) {
            // same key, so the same partition as the valid event behind it
            events.send(TOPIC, after.aggregateId(), "{\"specversion\":\"1.0\", this is not json".getBytes(StandardCharsets.UTF_8));
            events.send(TOPIC, after, SOURCE);

            ConsumerRecord<String, byte[]> dead = deadLetters.await(r -> after.aggregateId().equals(r.key()), Duration.ofSeconds(30));
            Header reason = dead.headers().lastHeader("dead-letter-reason");
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("not a structured CloudEvent");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> registered(district, 2026) == 1);
    }

    @Test
    void aDistrictOfficeReadsItsOwnDistrictOnly() {
        String xiangfang = TestTokens.user("230110", "district-admin").token();
        given().auth().oauth2(xiangfang)
                .when().get("/api/v1/reports/districts/230110?year=2026").then().statusCode(200)
                .body("districtName", equalTo("香坊区"));
        // charts and exports too, named by GB/T 2260
        assertThat(given().auth().oauth2(xiangfang).when().get("/api/v1/reports/districts/230110/export.csv?year=2026")
                .then().statusCode(200).extract().header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"district-230110-2026.csv\"; filename*=UTF-8''230110-%E9%A6%99%E5%9D%8A%E5%8C%BA-2026.csv");
        assertThat(given().auth().oauth2(xiangfang).when().get("/api/v1/reports/districts/230110/monthly.svg?year=2026")
                .then().statusCode(200).extract().asString()).contains("香坊区 2026年志愿服务月度统计");
        for (String path : new String[] {"", "/export.csv", "/monthly.svg"}) {
            given().auth().oauth2(TestTokens.user("230102", "district-admin").token())
                    .when().get("/api/v1/reports/districts/230110" + path + "?year=2026")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    /** An ambiguous query (a parameter given twice) is refused as an unknown one is, naming it: never answered for the first value. */
    @Test
    void aParameterGivenTwiceOrUnknownIsA400NamingIt() {
        String xiangfang = TestTokens.user("230110", "district-admin").token();
        given().auth().oauth2(xiangfang).when().get("/api/v1/reports/districts/230110?year=2026&year=2025")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("只能给出一次，不能给出 2 次"));
        given().auth().oauth2(xiangfang).when().get("/api/v1/reports/districts/230110?year=2026&yaer=2025")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("yaer"));
    }

    @Test
    void volunteersOrganizersAndBrandLeadersCannotReadDistrictReports() {
        for (String role : new String[] {"volunteer", "organizer", "brand-leader"}) {
            given().auth().oauth2(TestTokens.user("230110", role).token())
                    .when().get("/api/v1/reports/districts/230110?year=2026")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().get("/api/v1/reports/districts/230110?year=2026")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badDistrictCodesAndYearsAre400NamingTheParameter() {
        String token = TestTokens.user(null, "city-admin").token();
        given().auth().oauth2(token).when().get("/api/v1/reports/districts/xiangfang?year=2026")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("district"));
        given().auth().oauth2(token).when().get("/api/v1/reports/districts/230110?year=1066")
                .then().statusCode(400).body("errors.field", hasItem("year"));
        given().auth().oauth2(token).when().get("/api/v1/reports/districts/230110?year=twenty")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("year"));
    }
}
