package org.volunteernet.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.volunteernet.reporting.ReportingFixtures.at;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.reporting.ReportingFixtures;
import org.volunteernet.reporting.projection.service.ProjectionSql;
import org.volunteernet.reporting.projection.service.ProjectionTables;

/** A rebuild empties the report tables, replays the topics and ends with the same figures. */
@QuarkusTest
public class RebuildTest {

    static final int YEAR = 2025;

    @Inject
    ProjectionSql sql;

    static String reports(String district, UUID brand) {
        String analyst = TestTokens.user(null, "analyst").token();
        return given().auth().oauth2(analyst).when().get("/api/v1/reports/districts/" + district + "?year=" + YEAR).asString()
                + given().auth().oauth2(analyst).when().get("/api/v1/reports/brands/" + brand + "?year=" + YEAR).asString();
    }

    /** Starts a rebuild as the city admin and waits until it is no longer RUNNING; its final state. */
    public static JsonPath rebuildAndWait() {
        String cityAdmin = TestTokens.user(null, "city-admin").token();
        String location = given().auth().oauth2(cityAdmin).when().post("/api/v1/reports/rebuilds")
                .then().statusCode(202).extract().header("Location");
        assertThat(location).contains("/api/v1/reports/rebuilds/");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                !"RUNNING".equals(given().auth().oauth2(cityAdmin).when().get(location).then().statusCode(200)
                        .extract().path("state")));
        return given().auth().oauth2(cityAdmin).when().get(location).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRebuildEndsWithTheSameFiguresAndLiveEventsCountOnceAfterIt() {
        var known = org.volunteernet.reporting.brand.BrandReportTest.publishKnownBrand();
        try (TestEvents publish = new TestEvents()) { // a poison message on every topic: the replay passes over them
            for (String topic : List.of("test.volunteer.events", "test.activity.events", "test.brand.events")) {
                publish.send(topic, "poison", "{\"not\": \"a cloud event\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
        String before = reports(known.district(), known.brand());

        JsonPath rebuild = rebuildAndWait();
        assertThat(rebuild.getString("state")).isEqualTo("DONE");
        assertThat(rebuild.getLong("replayedEvents")).isEqualTo(rebuild.getLong("totalEvents")).isPositive();
        assertThat(rebuild.getLong("invalidMessages")).isGreaterThanOrEqualTo(3);
        assertThat(reports(known.district(), known.brand())).isEqualTo(before);

        // live consumption resumes where it was; what the replay applied is not applied again
        UUID volunteer = UUID.randomUUID();
        ReportingFixtures.publish(List.of(new DeedRecorded(UUID.randomUUID(), volunteer, known.district(),
                LocalDate.parse("2025-09-09"), "NEIGHBOURHOOD", 15, false, false, null, at("2025-09-09"))));
        String analyst = TestTokens.user(null, "analyst").token();
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(analyst)
                .when().get("/api/v1/reports/districts/" + known.district() + "?year=" + YEAR)
                .then().extract().jsonPath().getLong("months[8].deedsSelfReported") == 1);
        assertThat(given().auth().oauth2(analyst).when().get("/api/v1/reports/brands/" + known.brand() + "?year=" + YEAR)
                .then().extract().jsonPath().getLong("occurrences.held")).isEqualTo(21);
    }

    /** A rebuild forgets only what the projections claimed: another consumer's inbox rows stay (then it DELETEs, not TRUNCATEs). */
    @Test
    void aRebuildKeepsWhatAnotherConsumerClaimedInTheInbox() {
        UUID claimedElsewhere = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> sql.update(
                "INSERT INTO processed_event (consumer, event_id, event_type) VALUES ('reporting.test-other-consumer', ?1, 'x')", claimedElsewhere));
        try {
            assertThat(rebuildAndWait().getString("state")).isEqualTo("DONE");
            assertThat(ProjectionSql.count(sql.value("SELECT count(*) FROM processed_event WHERE event_id = ?1", claimedElsewhere)))
                    .isEqualTo(1);
            assertThat(ProjectionSql.count(sql.value("SELECT count(*) FROM processed_event WHERE consumer = 'reporting.district'")))
                    .isPositive();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> sql.update("DELETE FROM processed_event WHERE event_id = ?1", claimedElsewhere));
        }
    }

    @Test
    void onlyACityAdminRebuildsTheReports() {
        for (String role : new String[] {"analyst", "district-admin", "volunteer", "organizer", "brand-leader"}) {
            given().auth().oauth2(TestTokens.user("230110", role).token()).when().post("/api/v1/reports/rebuilds")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().post("/api/v1/reports/rebuilds").then().statusCode(401);
        // a rebuild takes no body: {"topics":[...]} would be ignored and every table rebuilt, so it is refused unstarted
        given().auth().oauth2(TestTokens.user(null, "city-admin").token()).contentType("application/json")
                .body("{\"topics\":[\"volunteer.events\"]}").when().post("/api/v1/reports/rebuilds").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("body"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("此操作不接受请求体；请不要发送请求体"));
        given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/reports/rebuilds/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyTableAProjectionWritesIsEmptiedByARebuild() {
        Set<String> tables = new HashSet<>();
        for (Object[] row : sql.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
            tables.add((String) row[0]);
        }
        tables.removeAll(Set.of("flyway_schema_history", "outbox_event", "processed_event", "idempotency_key"));
        assertThat(tables).containsExactlyInAnyOrderElementsOf(ProjectionTables.ALL);
    }
}
