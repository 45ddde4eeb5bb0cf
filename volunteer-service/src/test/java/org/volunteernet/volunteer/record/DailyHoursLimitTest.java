package org.volunteernet.volunteer.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.volunteer.Activities;
import org.volunteernet.volunteer.Registrations;

/** Issue 15, hours: at most 24 verified hours a day, the reason kept, a correction's date bounded. */
@QuarkusTest
class DailyHoursLimitTest {

    static ActivityCompleted completed(String volunteerId, LocalDate date, String hours, String reason, String recordedBy) {
        UUID activityId = UUID.randomUUID();
        return new ActivityCompleted(UUID.randomUUID(), activityId, "230110", "One-minute activity", date,
                "Songhua riverbank", "A minute of litter picking", "ENVIRONMENT", "Xiangfang Youth League",
                org.volunteernet.volunteer.Activities.sealed("Wang Fang", activityId),
                null, null, List.of(new ActivityCompleted.Participant(UUID.fromString(volunteerId), new BigDecimal(hours), reason)),
                recordedBy, Instant.now());
    }

    static List<Map<String, Object>> records(Registrations.Registered volunteer) {
        return given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records")
                .then().statusCode(200).extract().path("items");
    }

    @Test
    void threeActivitiesOfOneDayCertifyAtMost24HoursAndKeepTheReason() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        TestTokens.User recorder = TestTokens.user("230110", "organizer");
        LocalDate day = LocalDate.now().minusDays(3);
        try (TestEvents events = new TestEvents(); TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            events.send(Activities.TOPIC, completed(volunteer.id(), day, "21.5", "Stayed overnight at the shelter", recorder.subject()),
                    Activities.SOURCE);
            await().atMost(Duration.ofSeconds(30)).until(() -> records(volunteer).size() == 1);
            events.send(Activities.TOPIC, completed(volunteer.id(), day, "21.49", "Night watch", recorder.subject()), Activities.SOURCE);
            await().atMost(Duration.ofSeconds(30)).until(() -> records(volunteer).size() == 2);
            events.send(Activities.TOPIC, completed(volunteer.id(), day, "0.01", null, recorder.subject()), Activities.SOURCE);
            await().atMost(Duration.ofSeconds(30)).until(() -> records(volunteer).size() == 3);
            ServiceRecordCreated capped = EventCodec.parse(probe.await(r -> volunteer.id().equals(r.key())
                    && TopicProbe.text(r).contains("ServiceRecordCreated") && TopicProbe.text(r).contains("21.49"),
                    Duration.ofSeconds(20)).value()).dataAs(ServiceRecordCreated.class);
            assertThat(capped.hours()).isEqualByComparingTo("2.5");
            assertThat(capped.hoursCappedFrom()).isEqualByComparingTo("21.49");
            assertThat(capped.hoursReason()).isEqualTo("Night watch");
        }
        List<Map<String, Object>> records = records(volunteer);
        BigDecimal total = records.stream().map(r -> new BigDecimal(r.get("hours").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("24");
        assertThat(records).extracting(r -> r.get("hoursReason")).contains("Stayed overnight at the shelter", "Night watch");
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + volunteer.id() + "/star")
                .then().statusCode(200).body("verifiedHours", org.hamcrest.Matchers.equalTo(24.0f));

        // a full day takes no more hours through a correction
        Map<String, Object> first = records.stream().filter(r -> "Stayed overnight at the shelter".equals(r.get("hoursReason")))
                .findFirst().orElseThrow();
        String corrections = "/api/v1/volunteers/" + volunteer.id() + "/service-records/" + first.get("id") + "/corrections";
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("hours", 22.0, "reason", "It was longer")).when().post(corrections)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("hours"));
        // a correction's date lies between a year before the record's date and today
        for (String date : new String[] {"2062-12-01", LocalDate.now().plusDays(2).toString(), day.minusYears(1).minusDays(1).toString()}) {
            given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                    .body(Map.of("date", date, "reason", "Wrong day")).when().post(corrections)
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("date"));
        }
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body(Map.of("date", day.minusDays(1).toString(), "reason", "It was the day before")).when().post(corrections)
                .then().statusCode(201);
    }
}
