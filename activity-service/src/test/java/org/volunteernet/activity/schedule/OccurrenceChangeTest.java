package org.volunteernet.activity.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.ActivitySeriesEnded;
import org.volunteernet.events.OccurrenceCancelled;
import org.volunteernet.events.OccurrenceRescheduled;

@QuarkusTest
class OccurrenceChangeTest {

    static List<Map<String, Object>> occurrences(String activity) {
        return given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/activities/" + activity + "/occurrences?from=" + LocalDate.now() + "&to="
                        + LocalDate.now().plusDays(60))
                .then().statusCode(200).extract().path("items");
    }

    static void signUp(Fixtures.Volunteer v, Object occurrence) {
        given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/occurrences/" + occurrence + "/signups/"));
    }

    @Test
    void cancellingTheRestOfASeriesTellsEveryVolunteerAndEndsTheSeries() {
        String district = Fixtures.freshDistrict();
        String activity = Fixtures.schedule(district, Fixtures.activity(district,
                OffsetDateTime.now(Fixtures.HARBIN).plusDays(1), Duration.ofHours(2), 1, "FREQ=WEEKLY;COUNT=4"));
        List<Map<String, Object>> before = occurrences(activity);
        assertThat(before).hasSize(4);
        Fixtures.Volunteer seated = Fixtures.volunteer(district);
        Fixtures.Volunteer waiting = Fixtures.volunteer(district);
        Fixtures.Volunteer later = Fixtures.volunteer(district);
        signUp(seated, before.get(1).get("id"));
        signUp(waiting, before.get(1).get("id"));
        signUp(later, before.get(3).get("id"));

        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                .body(Map.of("scope", "THIS", "reason", "Road works"))
                .when().post("/api/v1/occurrences/" + before.get(0).get("id") + "/cancellation")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].status", equalTo("CANCELLED"));
        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                    .body(Map.of("scope", "FOLLOWING", "reason", "The riverbank is flooded"))
                    .when().post("/api/v1/occurrences/" + before.get(1).get("id") + "/cancellation")
                    .then().statusCode(200).body("$", hasSize(3));
            for (Fixtures.Volunteer told : List.of(seated, waiting, later)) {
                ConsumerRecord<String, byte[]> record = probe.await(r -> TopicProbe.eventOf(r, OccurrenceCancelled.class)
                        .filter(c -> c.volunteerId().equals(told.id())).isPresent(), Duration.ofSeconds(20));
                assertThat(TopicProbe.eventOf(record, OccurrenceCancelled.class).orElseThrow().reason())
                        .isEqualTo("The riverbank is flooded");
            }
            ActivitySeriesEnded ended = TopicProbe.eventOf(probe.await(r -> activity.equals(r.key())
                    && TopicProbe.eventOf(r, ActivitySeriesEnded.class).isPresent(), Duration.ofSeconds(20)),
                    ActivitySeriesEnded.class).orElseThrow();
            assertThat(ended.endsAt()).isEqualTo(OffsetDateTime.parse((String) before.get(1).get("start")).toInstant());
            assertThat(ended.reason()).isEqualTo("The riverbank is flooded");
        }
        assertThat(occurrences(activity)).extracting(o -> o.get("status")).containsOnly("CANCELLED");
        // permission first: another district's office learns nothing of the state (404 as for an unknown id, not 409 "this one is cancelled")
        String elsewhere = TestTokens.user(Fixtures.freshDistrict(), "district-admin").token();
        given().auth().oauth2(elsewhere).contentType(ContentType.JSON).body(Map.of("scope", "THIS", "reason", "Again"))
                .when().post("/api/v1/occurrences/" + before.get(0).get("id") + "/cancellation").then().statusCode(404);
        given().auth().oauth2(elsewhere).contentType(ContentType.JSON).body(Map.of("place", "elsewhere"))
                .when().patch("/api/v1/occurrences/" + before.get(0).get("id")).then().statusCode(404);
        // the district's own office is told why not
        given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                .body(Map.of("scope", "THIS", "reason", "Again"))
                .when().post("/api/v1/occurrences/" + before.get(0).get("id") + "/cancellation").then().statusCode(409);
        given().auth().oauth2(seated.token()).when().post("/api/v1/occurrences/" + before.get(2).get("id") + "/signups")
                .then().statusCode(409);
    }

    @Test
    void movingOneOccurrenceTellsItsVolunteersWhereAndWhen() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(2);
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 5, null));
        Object occurrence = occurrences(activity).get(0).get("id");
        Fixtures.Volunteer seated = Fixtures.volunteer(district);
        signUp(seated, occurrence);
        String organizer = TestTokens.user(district, "organizer").token();
        OffsetDateTime moved = start.plusHours(3);
        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            given().auth().oauth2(organizer).contentType(ContentType.JSON)
                    .body(Map.of("start", moved.toString(), "place", "Xiangfang community centre (indoors)"))
                    .when().patch("/api/v1/occurrences/" + occurrence)
                    .then().statusCode(200).body("place", equalTo("Xiangfang community centre (indoors)"));
            OccurrenceRescheduled told = TopicProbe.eventOf(probe.await(r -> TopicProbe.eventOf(r, OccurrenceRescheduled.class)
                    .filter(c -> c.volunteerId().equals(seated.id())).isPresent(), Duration.ofSeconds(20)),
                    OccurrenceRescheduled.class).orElseThrow();
            assertThat(told.start().toInstant()).isEqualTo(moved.toInstant());
            assertThat(told.end().toInstant()).isEqualTo(moved.plusHours(2).toInstant());
            assertThat(told.place()).isEqualTo("Xiangfang community centre (indoors)");
        }
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("start", moved.toString(), "end", moved.minusHours(1).toString()))
                .when().patch("/api/v1/occurrences/" + occurrence).then().statusCode(400).body("errors.field", hasItem("end"));
        given().auth().oauth2(TestTokens.user("230102", "organizer").token()).contentType(ContentType.JSON)
                .body(Map.of("place", "elsewhere")).when().patch("/api/v1/occurrences/" + occurrence).then().statusCode(404);
        given().auth().oauth2(seated.token()).contentType(ContentType.JSON)
                .body(Map.of("place", "elsewhere")).when().patch("/api/v1/occurrences/" + occurrence).then().statusCode(403);
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("scope", "SOMETIMES", "reason", "x"))
                .when().post("/api/v1/occurrences/" + occurrence + "/cancellation").then().statusCode(400)
                .body("errors.field", hasItem("scope"));
    }

    @Test
    void movingAnOccurrenceOntoAnotherOnesStartIs409NamingStart() {
        String district = Fixtures.freshDistrict();
        String activity = Fixtures.schedule(district, Fixtures.activity(district,
                OffsetDateTime.now(Fixtures.HARBIN).plusDays(1).withNano(0), Duration.ofHours(2), 5, "FREQ=WEEKLY;COUNT=2"));
        List<Map<String, Object>> both = occurrences(activity);
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                .body(Map.of("start", both.get(1).get("start"), "end", both.get(1).get("end")))
                .when().patch("/api/v1/occurrences/" + both.get(0).get("id"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("start"))
                .body("errors[0].message", equalTo("是本活动另一场次的开始时间"));
    }
}
