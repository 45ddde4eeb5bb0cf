package org.volunteernet.volunteer.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.volunteer.Activities;
import org.volunteernet.volunteer.Registrations;

@QuarkusTest
class ServiceRecordTest {

    static int recordCount(Registrations.Registered volunteer) {
        return given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records")
                .then().statusCode(200).extract().path("items.size()");
    }

    static String firstRecordId(Registrations.Registered volunteer) {
        return given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records")
                .then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void aCompletedActivityBecomesAServiceRecordOnceEvenWhenRedelivered() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        ActivityCompleted completed = Activities.completed("230110", volunteer.id(), "2.5", "organizer-subject");
        byte[] message = TestEvents.cloudEvent(completed, Activities.SOURCE);
        try (TestEvents events = new TestEvents(); TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            events.send(Activities.TOPIC, completed.aggregateId(), message);
            events.send(Activities.TOPIC, completed.aggregateId(), message);
            probe.await(r -> volunteer.id().equals(r.key()) && TopicProbe.text(r).contains("ServiceRecordCreated"),
                    Duration.ofSeconds(30));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> recordCount(volunteer) == 1);
        given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].activityName", equalTo("Riverside clean-up"))
                .body("items[0].hours", equalTo(2.5f))
                .body("items[0].place", equalTo("Songhua riverbank"))
                .body("items[0].organizingUnit", equalTo("Xiangfang Youth League"))
                .body("items[0].personInCharge", equalTo("Wang Fang"));
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records").then().statusCode(200);
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records").then().statusCode(404);
    }

    /**
     * The superseded ActivityCompleted.v1 (the person in charge by name) is still read: the v1 events already on
     * the topic, and those published while activity-service runs with volunteernet.events.legacy-versions=true.
     */
    @Test
    @SuppressWarnings("deprecation")
    void aSupersededV1CompletionStillBecomesARecordNamingThePersonInCharge() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        ActivityCompleted current = Activities.completed("230110", volunteer.id(), "1.5", "organizer-subject");
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, current.legacy("Zhou Min"), Activities.SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> recordCount(volunteer) == 1);
        given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records")
                .then().statusCode(200).body("items[0].personInCharge", equalTo("Zhou Min"))
                .body("items[0].hours", equalTo(1.5f));
    }

    @Test
    void aStarThresholdCrossedByARedeliveredEventIsAnnouncedOnce() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        // at most 24 verified hours a day: 96 hours over four days, then 14 on a fifth cross 100
        List<ActivityCompleted> firsts = java.util.stream.IntStream.range(0, 4).mapToObj(i -> Activities.completed("230110",
                volunteer.id(), "24", "organizer-subject", java.time.LocalDate.now().minusDays(3 + i))).toList();
        ActivityCompleted crossing = Activities.completed("230110", volunteer.id(), "14", "organizer-subject");
        byte[] crossingMessage = TestEvents.cloudEvent(crossing, Activities.SOURCE);
        List<ConsumerRecord<String, byte[]>> seen;
        try (TestEvents events = new TestEvents(); TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            firsts.forEach(first -> events.send(Activities.TOPIC, first, Activities.SOURCE));
            events.send(Activities.TOPIC, crossing.aggregateId(), crossingMessage);
            events.send(Activities.TOPIC, crossing.aggregateId(), crossingMessage);
            probe.await(r -> volunteer.id().equals(r.key()) && TopicProbe.text(r).contains("StarLevelReached"),
                    Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(10)).until(() -> recordCount(volunteer) == 5);
            seen = probe.drain(Duration.ofSeconds(2));
        }
        List<StarLevelReached> announced = seen.stream().filter(r -> volunteer.id().equals(r.key()))
                .map(r -> EventCodec.parse(r.value())).filter(e -> e.data() instanceof StarLevelReached)
                .map(e -> e.dataAs(StarLevelReached.class)).toList();
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).level()).isEqualTo(1);
        assertThat(announced.get(0).verifiedHours()).isEqualByComparingTo(new BigDecimal("110"));
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + volunteer.id() + "/star")
                .then().statusCode(200).body("level", equalTo(1)).body("verifiedHours", equalTo(110.0f))
                .body("nextLevel", equalTo(2)).body("hoursToNextLevel", equalTo(190.0f));
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/star").then().statusCode(404);
    }

    @Test
    void aCorrectionRoundTripAmendsTheRecordAndKeepsTheHistory() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        TestTokens.User recorder = TestTokens.user("230110", "organizer");
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, Activities.completed("230110", volunteer.id(), "2.5", recorder.subject()),
                    Activities.SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> recordCount(volunteer) == 1);
        String recordId = firstRecordId(volunteer);
        String corrections = "/api/v1/volunteers/" + volunteer.id() + "/service-records/" + recordId + "/corrections";

        String correctionId = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 3.0, "reason", "I stayed until the end"))
                .when().post(corrections)
                .then().statusCode(201).body("status", equalTo("PENDING")).body("previousHours", equalTo(2.5f))
                .extract().path("id");
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 4.0, "reason", "Or even longer")).when().post(corrections)
                .then().statusCode(409);

        String decision = "/api/v1/corrections/" + correctionId + "/decision";
        Map<String, Object> accept = Map.of("accepted", true, "reason", "Checked the sign-out sheet");
        given().auth().oauth2(TestTokens.user("230110", "organizer").token()).contentType(ContentType.JSON).body(accept)
                .when().post(decision).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).contentType(ContentType.JSON).body(accept)
                .when().post(decision).then().statusCode(404); // another district's correction: as for an unknown id
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body(accept)
                .when().post(decision).then().statusCode(403);

        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            given().auth().oauth2(recorder.token()).contentType(ContentType.JSON).body(accept)
                    .when().post(decision).then().statusCode(200).body("status", equalTo("ACCEPTED"));
            ServiceRecordCorrected corrected = EventCodec.parse(probe.await(r -> volunteer.id().equals(r.key())
                    && TopicProbe.text(r).contains("ServiceRecordCorrected"), Duration.ofSeconds(20)).value())
                    .dataAs(ServiceRecordCorrected.class);
            assertThat(corrected.previousHours()).isEqualByComparingTo("2.5");
            assertThat(corrected.hours()).isEqualByComparingTo("3.0");
        }
        given().auth().oauth2(recorder.token()).contentType(ContentType.JSON).body(accept)
                .when().post(decision).then().statusCode(409);
        given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records")
                .then().statusCode(200).body("items[0].hours", equalTo(3.0f))
                .body("items[0].corrections", hasSize(1))
                .body("items[0].corrections[0].status", equalTo("ACCEPTED"))
                .body("items[0].corrections[0].previousHours", equalTo(2.5f));
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + volunteer.id() + "/star")
                .then().body("verifiedHours", equalTo(3.0f));
    }

    @Test
    void aRejectedCorrectionLeavesTheRecordAndOthersCannotReport() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, Activities.completed("230110", volunteer.id(), "2", "someone"), Activities.SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> recordCount(volunteer) == 1);
        String recordId = firstRecordId(volunteer);
        String corrections = "/api/v1/volunteers/" + volunteer.id() + "/service-records/" + recordId + "/corrections";
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 5, "reason", "x")).when().post(corrections).then().statusCode(404);
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 2, "reason", "same as recorded")).when().post(corrections).then().statusCode(400);
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 25, "reason", "more than a day")).when().post(corrections).then().statusCode(400);
        String correctionId = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 5, "reason", "I think it was longer")).when().post(corrections)
                .then().statusCode(201).extract().path("id");
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).contentType(ContentType.JSON)
                    .body(Map.of("accepted", false, "reason", "The sheet says 2 hours"))
                    .when().post("/api/v1/corrections/" + correctionId + "/decision")
                    .then().statusCode(200).body("status", equalTo("REJECTED"));
            // the volunteer is told (the notification inbox learns it from this event); the reason stays out of it
            String rejected = TopicProbe.text(probe.await(r -> volunteer.id().equals(r.key())
                    && TopicProbe.text(r).contains("ServiceRecordCorrectionRejected"), Duration.ofSeconds(30)));
            assertThat(rejected).contains(correctionId).doesNotContain("The sheet says");
        }
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records")
                .then().body("items[0].hours", equalTo(2.0f)).body("items[0].corrections[0].status", equalTo("REJECTED"));
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).contentType(ContentType.JSON)
                .body(Map.of("accepted", true, "reason", "x"))
                .when().post("/api/v1/corrections/" + java.util.UUID.randomUUID() + "/decision").then().statusCode(404);
    }

    @Test
    void aPoisonActivityEventGoesToTheDeadLetterTopic() {
        String key = java.util.UUID.randomUUID().toString();
        try (TopicProbe dead = TopicProbe.open(Activities.TOPIC + ".dlq"); TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, key, "{\"not\": \"a cloud event\"}".getBytes(StandardCharsets.UTF_8));
            ConsumerRecord<String, byte[]> record = dead.await(r -> key.equals(r.key()), Duration.ofSeconds(30));
            assertThat(record.headers().lastHeader("dead-letter-reason")).isNotNull();
        }
    }
}
