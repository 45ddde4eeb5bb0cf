package org.volunteernet.volunteer.diary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.DeedWithdrawn;
import org.volunteernet.volunteer.Registrations;

/** Issue 15, diary: writes merge and lose nothing, a day holds 1,440 minutes of deeds, a deed can be withdrawn. */
@QuarkusTest
class DiaryRulesTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static Map<String, Object> deed(String description, int minutes) {
        return Map.of("category", "NEIGHBOURHOOD", "description", description, "minutes", minutes, "atPost", false);
    }

    static io.restassured.response.ValidatableResponse write(Registrations.Registered volunteer, Map<String, Object> body) {
        return given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers/" + volunteer.id() + "/diary").then();
    }

    @Test
    void writingOnlyADeedKeepsTheShortcomingsAlreadyWritten() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        write(volunteer, Map.of("date", TODAY.toString(), "shortcomings", List.of(
                Map.of("description", "Lost my temper in a queue"), Map.of("description", "Skipped the morning run")),
                "reflection", "Patience.")).statusCode(201);
        write(volunteer, Map.of("date", TODAY.toString(), "deeds", List.of(deed("Carried groceries", 30)))).statusCode(200)
                .body("shortcomings", hasSize(2)).body("reflection", equalTo("Patience.")).body("deeds", hasSize(1));
        write(volunteer, Map.of("date", TODAY.toString(), "shortcomings", List.of(
                Map.of("description", "Lost my temper in a queue", "correction", "Apologised the same day")))).statusCode(200)
                .body("shortcomings", hasSize(2))
                .body("shortcomings.find { it.description == 'Lost my temper in a queue' }.correction",
                        equalTo("Apologised the same day"));
    }

    @Test
    void aDaysDeedsTotalAtMost1440Minutes() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        write(volunteer, Map.of("date", TODAY.toString(), "deeds", List.of(deed("Night shift at the shelter", 1440))))
                .statusCode(201);
        write(volunteer, Map.of("date", TODAY.toString(), "deeds", List.of(deed("And another whole day", 1440))))
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("deeds[0].minutes"));
        write(volunteer, Map.of("date", TODAY.toString(), "deeds", List.of(deed("One more minute", 1))))
                .statusCode(422).body("errors.field", hasItem("deeds[0].minutes"));
        given().auth().oauth2(TestTokens.user("230110", "organizer").token()).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteer.id(), "date", TODAY.toString(), "category", "NEIGHBOURHOOD",
                        "description", "Witnessed", "minutes", 10))
                .when().post("/api/v1/deeds").then().statusCode(422).body("errors.field", hasItem("minutes"));
        given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/diary?from=" + TODAY + "&to=" + TODAY)
                .then().statusCode(200).body("items[0].deeds", hasSize(1));
    }

    /**
     * The day's total is a counter row that each deed's upsert adds to and locks: 30 witnessed deeds of 60 minutes
     * sent at once for one volunteer and day fill exactly 24 hours, whatever their order, and the refused ones
     * leave nothing behind (the counter then equals the deeds that stand).
     */
    @Test
    void concurrentDeedsOfOneDayFillItExactly() throws Exception {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        String organizer = TestTokens.user("230110", "organizer").token();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int n = i;
                answers.add(pool.submit(() -> given().auth().oauth2(organizer).contentType(ContentType.JSON)
                        .body(Map.of("volunteerId", volunteer.id(), "date", TODAY.toString(), "category", "NEIGHBOURHOOD",
                                "description", "Hour " + n, "minutes", 60))
                        .when().post("/api/v1/deeds").then().extract().statusCode()));
            }
            Map<Integer, Long> byStatus = new java.util.TreeMap<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                byStatus.merge(answer.get(), 1L, Long::sum);
            }
            assertThat(byStatus).isEqualTo(Map.of(201, 24L, 422, 6L));
        } finally {
            pool.shutdownNow();
        }
        // a full day: not even a minute more, neither witnessed nor self-reported
        write(volunteer, Map.of("date", TODAY.toString(), "deeds", List.of(deed("One more minute", 1))))
                .statusCode(422).body("errors.field", hasItem("deeds[0].minutes"));
        // another day of the same volunteer is its own
        write(volunteer, Map.of("date", TODAY.minusDays(1).toString(), "deeds", List.of(deed("Yesterday's hour", 60))))
                .statusCode(201);
    }

    @Test
    void aDeedIsWithdrawnOnTheEntrysEditableDaysWithAnEvent() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        String deedId = write(volunteer, Map.of("date", TODAY.toString(), "deeds",
                List.of(deed("Carried groceries", 30), deed("Shovelled snow", 1410)))).statusCode(201)
                .extract().path("deeds.find { it.description == 'Carried groceries' }.id");
        String path = "/api/v1/volunteers/" + volunteer.id() + "/diary/" + TODAY + "/deeds/" + deedId;
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).when().delete(path).then().statusCode(404);
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            given().auth().oauth2(volunteer.token()).when().delete(path).then().statusCode(204);
            DeedWithdrawn withdrawn = TopicProbe.eventOf(probe.await(r -> TopicProbe.eventOf(r, DeedWithdrawn.class)
                    .filter(w -> w.deedId().toString().equals(deedId)).isPresent(), Duration.ofSeconds(20)),
                    DeedWithdrawn.class).orElseThrow();
            assertThat(withdrawn.minutes()).isEqualTo(30);
            assertThat(withdrawn.volunteerId().toString()).isEqualTo(volunteer.id());
        }
        given().auth().oauth2(volunteer.token()).when().delete(path).then().statusCode(404);
        given().auth().oauth2(volunteer.token()).when()
                .delete("/api/v1/volunteers/" + volunteer.id() + "/diary/" + TODAY + "/deeds/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/diary?from=" + TODAY + "&to=" + TODAY)
                .then().statusCode(200).body("items[0].deeds", hasSize(1));
        // the withdrawn minutes are free again
        write(volunteer, Map.of("date", TODAY.toString(), "deeds", List.of(deed("Read to a neighbour", 30)))).statusCode(200)
                .body("deeds", hasSize(2));
    }
}
