package org.volunteernet.activity.completion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.activity.completion.service.RecordDeadlines;
import org.volunteernet.activity.completion.domain.WorkingCalendar;
import org.volunteernet.activity.completion.service.WorkingDays;
import org.volunteernet.common.privacy.SealedReference;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.ReceivedEvent;

@QuarkusTest
class CompletionTest {

    @Inject
    SealedReference seal;

    @Inject
    Fixtures fixtures;

    @Inject
    RecordDeadlines deadlines;

    @Inject
    WorkingDays workingDays;

    static String pastOccurrence(String district, int daysAgo) {
        return Fixtures.pastOccurrence(district, daysAgo);
    }

    static Map<String, Object> participants(Object... volunteerHoursReason) {
        return Fixtures.participants(volunteerHoursReason);
    }

    @Test
    void theOverdueListIsPagedWithACursorBoundToItsDistrict() {
        String district = Fixtures.freshDistrict();
        List<String> ended = List.of(pastOccurrence(district, 30), pastOccurrence(district, 20), pastOccurrence(district, 10));
        TestTokens.User office = TestTokens.user(district, "district-admin");
        var first = given().auth().oauth2(office.token()).queryParam("limit", 2).when().get("/api/v1/occurrences/overdue")
                .then().statusCode(200).body("items.occurrenceId", org.hamcrest.Matchers.contains(ended.get(0), ended.get(1)))
                .body("nextCursor", notNullValue()).extract();
        String cursor = first.path("nextCursor");
        given().auth().oauth2(office.token()).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/v1/occurrences/overdue")
                .then().statusCode(200).body("items.occurrenceId", org.hamcrest.Matchers.contains(ended.get(2)))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        // the default page holds all three; another district's cursor, or a limit out of range, is a 400 naming it
        given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/overdue")
                .then().statusCode(200).body("items.occurrenceId", org.hamcrest.Matchers.contains(ended.toArray()));
        given().auth().oauth2(TestTokens.user(Fixtures.freshDistrict(), "district-admin").token()).queryParam("cursor", cursor)
                .when().get("/api/v1/occurrences/overdue")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("cursor"));
        for (int limit : new int[] {0, 201}) {
            given().auth().oauth2(office.token()).queryParam("limit", limit).when().get("/api/v1/occurrences/overdue")
                    .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("limit"));
        }
    }

    @Test
    void theOrganizerRecordsWhoCameAndActivityCompletedCarriesTheServiceRecord() {
        String district = Fixtures.freshDistrict();
        String occurrence = pastOccurrence(district, 1);
        Fixtures.Volunteer a = Fixtures.volunteer(district);
        Fixtures.Volunteer b = Fixtures.volunteer(district);
        fixtures.confirmedSeat(UUID.fromString(occurrence), a.id());
        fixtures.confirmedSeat(UUID.fromString(occurrence), b.id());
        TestTokens.User organizer = TestTokens.user(district, "organizer");
        String path = "/api/v1/occurrences/" + occurrence + "/completion";

        given().auth().oauth2(organizer.token()).contentType(ContentType.JSON).body(participants(a.id(), 3.0, null))
                .when().post(path).then().statusCode(422).body("errors.field", hasItem("participants[0].hours"));
        given().auth().oauth2(organizer.token()).contentType(ContentType.JSON)
                .body(participants(UUID.randomUUID(), 1.0, null)).when().post(path)
                .then().statusCode(422).body("errors.field", hasItem("participants[0].volunteerId"));
        given().auth().oauth2(TestTokens.user("230102", "organizer").token()).contentType(ContentType.JSON)
                .body(participants(a.id(), 2.5, null)).when().post(path).then().statusCode(404);

        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            given().auth().oauth2(organizer.token()).contentType(ContentType.JSON)
                    .body(participants(a.id(), 2.5, null, b.id(), 3.5, "stayed to sort the collected litter"))
                    .when().post(path).then().statusCode(200).body("recordedBy", equalTo(organizer.subject()))
                    .body("personInCharge", equalTo("Wang Fang")); // the organizer's own answer still names them
            var message = probe.await(r -> occurrence.equals(r.key())
                    && TopicProbe.text(r).contains("ActivityCompleted"), Duration.ofSeconds(20));
            ReceivedEvent event = EventCodec.parse(message.value());
            ActivityCompleted completed = event.dataAs(ActivityCompleted.class);
            assertThat(completed.activityName()).isEqualTo("Riverside clean-up");
            assertThat(completed.place()).isEqualTo("Songhua riverbank");
            assertThat(completed.organizingUnit()).isEqualTo("Xiangfang Youth League");
            // no name on the stream (v2): the person in charge as a sealed reference that volunteer-service opens
            assertThat(event.type().ceType()).isEqualTo("org.volunteernet.ActivityCompleted.v2");
            assertThat(TopicProbe.text(message)).doesNotContain("Wang Fang");
            assertThat(completed.personInChargeRef()).startsWith("s1.");
            assertThat(seal.open(completed.personInChargeRef(), completed.activityId())).contains("Wang Fang");
            assertThat(completed.date()).isEqualTo(LocalDate.now(Fixtures.HARBIN).minusDays(1));
            assertThat(completed.recordedBy()).isEqualTo(organizer.subject());
            assertThat(completed.participants()).extracting(ActivityCompleted.Participant::hours)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2.5"), new BigDecimal("3.5"));
        }
        given().auth().oauth2(organizer.token()).contentType(ContentType.JSON).body(participants(a.id(), 2.5, null))
                .when().post(path).then().statusCode(409);
    }

    @Test
    void anOccurrenceIsRecordedOnlyAfterItEnds() {
        String district = Fixtures.freshDistrict();
        String activity = Fixtures.schedule(district, Fixtures.activity(district, OffsetDateTime.now().plusDays(1),
                Duration.ofHours(2), 5, null));
        String occurrence = Fixtures.occurrenceIds(activity, LocalDate.now().toString(), LocalDate.now().plusDays(2).toString()).get(0);
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                .body(participants(UUID.randomUUID(), 1, null))
                .when().post("/api/v1/occurrences/" + occurrence + "/completion").then().statusCode(409);
    }

    @Test
    void anUnrecordedOccurrenceCrossesItsDeadlineAndIsAnnouncedOnce() {
        // The probe opens before the occurrence exists: DeadlineWatch (30 s after start, then every 10 minutes) may
        // announce it before this test's own calls do, and "once" must count that announcement too.
        // 40 days back: past the deadline even across the Spring Festival's week off and its weekends.
        TopicProbe probe = TopicProbe.open("test.activity.events");
        String district = Fixtures.freshDistrict();
        String late = pastOccurrence(district, 40);
        String recent = pastOccurrence(district, 1);
        TestTokens.User office = TestTokens.user(district, "district-admin");
        given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/overdue")
                .then().statusCode(200)
                .body("items.find { it.occurrenceId == '" + late + "' }.missed", equalTo(true))
                .body("items.find { it.occurrenceId == '" + late + "' }.workingDaysLeft", equalTo(0))
                .body("items.find { it.occurrenceId == '" + recent + "' }.missed", equalTo(false))
                .body("items.find { it.occurrenceId == '" + recent + "' }.deadline", notNullValue())
                .body("items.find { it.occurrenceId == '" + recent + "' }.deadlineEstimated", notNullValue());
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).when().get("/api/v1/occurrences/overdue")
                .then().statusCode(200).body("items.occurrenceId", org.hamcrest.Matchers.not(hasItem(late)));

        try (probe) {
            deadlines.publishMissedDeadlines();
            deadlines.publishMissedDeadlines();
            probe.await(r -> late.equals(r.key()) && TopicProbe.text(r).contains("RecordDeadlineMissed"), Duration.ofSeconds(20));
            assertThat(probe.drain(Duration.ofSeconds(2))).filteredOn(r -> TopicProbe.text(r).contains("RecordDeadlineMissed"))
                    .extracting(r -> r.key()).containsOnlyOnce(late).doesNotContain(recent);
        }
    }

    @Test
    void workingDaysFollowTheConfiguredStateCouncilCalendar() {
        // ended Friday 2026-09-18: Sun Sep 20 (make-up), Sep 21-24, 28-30, Oct 8, 9 count (国办发明电〔2025〕7号)
        assertThat(workingDays.deadlineOf(LocalDate.of(2026, 9, 18))).isEqualTo(new WorkingCalendar.Deadline(LocalDate.of(2026, 10, 9), false));
        assertThat(workingDays.deadline(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(workingDays.deadlineOf(LocalDate.of(2026, 12, 18))).isEqualTo(new WorkingCalendar.Deadline(LocalDate.of(2027, 1, 4), true));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 9, 25))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(workingDays.remaining(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 4))).isEqualTo(5);
        assertThat(workingDays.missingYears(LocalDate.of(2026, 11, 30))).containsExactly(2027);
    }

    @Test
    void participantHoursFollowTheOneServiceHoursRuleThatCorrectionsFollowToo() {
        String district = Fixtures.freshDistrict();
        String occurrence = Fixtures.pastOccurrence(district, 1);
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        for (String hours : new String[] {"0", "-0", "24.01", "2.555"}) {
            given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                    .body("{\"participants\":[{\"volunteerId\":\"" + v.id() + "\",\"hours\":" + hours + "}]}")
                    .when().post("/api/v1/occurrences/" + occurrence + "/completion")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.contains("participants[0].hours"))
                    .body("errors[0].message", equalTo("必须大于 0 且不超过 24，最多 2 位小数"));
        }
    }
}
