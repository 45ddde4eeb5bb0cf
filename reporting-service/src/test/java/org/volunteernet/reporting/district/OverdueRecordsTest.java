package org.volunteernet.reporting.district;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.volunteernet.reporting.ReportingFixtures.at;
import static org.volunteernet.reporting.ReportingFixtures.freshDistrict;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.OccurrenceCancelled;
import org.volunteernet.events.OccurrenceClosed;
import org.volunteernet.events.RecordDeadlineMissed;
import org.volunteernet.reporting.ReportingFixtures;

/**
 * Issue 15: overdueRecords counts what activity-service's GET /occurrences/overdue lists with missed: true, for the
 * district and the year of the end: missed its deadline, neither recorded nor cancelled (activity-service's
 * completion.domain.Overdue). The events are what activity-service publishes for six occurrences; the list would show
 * o1 and o5 as missed in 2025 and o6 in 2024.
 */
@QuarkusTest
class OverdueRecordsTest {

    static long overdue(String district, int year) {
        return given().auth().oauth2(TestTokens.user(district, "district-admin").token())
                .when().get("/api/v1/reports/districts/" + district + "?year=" + year)
                .then().statusCode(200).extract().jsonPath().getLong("overdueRecords");
    }

    static RecordDeadlineMissed missed(UUID occurrence, String district, String ended) {
        return new RecordDeadlineMissed(occurrence, UUID.randomUUID(), district, at(ended), LocalDate.parse(ended).plusDays(14));
    }

    static ActivityCompleted completed(UUID occurrence, String district, String day) {
        return new ActivityCompleted(occurrence, UUID.randomUUID(), district, "Clean-up", LocalDate.parse(day), "Riverside", "Litter",
                "ENVIRONMENT", "Youth League", "s1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null, null, List.of(), "organizer-subject", at(day));
    }

    @Test
    void theReportCountsWhatTheOverdueListShowsAsMissed() throws Exception {
        String d = freshDistrict();
        UUID o1 = UUID.randomUUID(); // missed, still unrecorded: overdue
        UUID o2 = UUID.randomUUID(); // missed, then recorded late: no longer overdue
        UUID o3 = UUID.randomUUID(); // missed, then cancelled: no longer overdue
        UUID o4 = UUID.randomUUID(); // recorded (by a superseded ActivityCompleted.v1); a stray missed deadline after it is not counted
        UUID o5 = UUID.randomUUID(); // missed, announced twice under two event ids: counted once
        UUID o6 = UUID.randomUUID(); // ended on 2024-12-30: counts in 2024
        UUID o7 = UUID.randomUUID(); // missed, then closed as held with nobody: no longer overdue
        UUID o8 = UUID.randomUUID(); // missed, then cancelled with nobody holding a seat (OccurrenceClosed only)
        RecordDeadlineMissed o5Missed = missed(o5, d, "2025-08-01");
        List<DomainEvent> events = List.of(
                missed(o1, d, "2025-06-02"),
                missed(o2, d, "2025-06-03"), completed(o2, d, "2025-06-03"),
                missed(o3, d, "2025-06-04"), new OccurrenceCancelled(o3, UUID.randomUUID(), d, null, "rain", at("2025-07-01")),
                completed(o4, d, "2025-06-05").legacy("Wang Fang"), missed(o4, d, "2025-06-05"),
                o5Missed, missed(o5, d, "2025-08-01"),
                missed(o6, d, "2024-12-30"),
                missed(o7, d, "2025-09-01"), new OccurrenceClosed(o7, UUID.randomUUID(), d, null,
                        OccurrenceClosed.Outcome.HELD_WITH_NOBODY, at("2025-10-01")),
                missed(o8, d, "2025-09-02"), new OccurrenceClosed(o8, UUID.randomUUID(), d, null,
                        OccurrenceClosed.Outcome.CANCELLED, at("2025-10-02")));
        try (TestEvents publish = new TestEvents()) {
            for (DomainEvent event : events) {
                publish.send(ReportingFixtures.topicOf(event), event, "/activity-service");
            }
            byte[] again = TestEvents.cloudEvent(o5Missed, "/activity-service");
            publish.send("test.activity.events", o5Missed.aggregateId(), again);
            publish.send("test.activity.events", o5Missed.aggregateId(), again); // redelivered
        }
        // the figures settle and stay (a passing in-between state does not last 3 seconds)
        await().atMost(Duration.ofSeconds(45)).during(Duration.ofSeconds(3))
                .until(() -> overdue(d, 2024) == 1 && overdue(d, 2025) == 2);
        assertThat(overdue(d, 2025)).isEqualTo(2);
        assertThat(overdue(d, 2024)).isEqualTo(1);
    }
}
