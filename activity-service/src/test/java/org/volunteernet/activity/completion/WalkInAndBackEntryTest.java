package org.volunteernet.activity.completion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.activity.completion.service.RecordDeadlines;
import org.volunteernet.activity.completion.service.WorkingDays;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.EventCodec;

/** Issue 14: walk-ins, back-entry of paper sheets (late after Decree 67 Art. 11), closing without participants. */
@QuarkusTest
class WalkInAndBackEntryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RecordDeadlines deadlines;

    @Inject
    WorkingDays workingDays;

    private static ActivityCompleted completedEvent(TopicProbe probe, String occurrence) {
        return EventCodec.parse(probe.await(r -> occurrence.equals(r.key())
                && TopicProbe.text(r).contains("ActivityCompleted"), Duration.ofSeconds(20)).value())
                .dataAs(ActivityCompleted.class);
    }

    @Test
    void aVolunteerOfTheDistrictWithoutASeatIsRecordedAsAWalkIn() {
        String district = Fixtures.freshDistrict();
        String occurrence = Fixtures.pastOccurrence(district, 1); // 09:00-11:30 yesterday: 2.50 hours on site
        Fixtures.Volunteer seated = Fixtures.volunteer(district);
        Fixtures.Volunteer walkIn = Fixtures.volunteer(district);
        Fixtures.Volunteer elsewhere = Fixtures.volunteer(Fixtures.freshDistrict());
        fixtures.confirmedSeat(UUID.fromString(occurrence), seated.id());
        TestTokens.User office = TestTokens.user(district, "district-admin");
        String path = "/api/v1/occurrences/" + occurrence + "/completion";

        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(Fixtures.participants(seated.id(), 2.5, null, elsewhere.id(), 2.5, null))
                .when().post(path).then().statusCode(422).body("errors.field", hasItem("participants[1].volunteerId"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(Fixtures.participants(walkIn.id(), 2.75, null))
                .when().post(path).then().statusCode(422).body("errors.field", hasItem("participants[0].hours"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("2.50"));
        given().auth().oauth2(TestTokens.user(Fixtures.freshDistrict(), "district-admin").token()).contentType(ContentType.JSON)
                .body(Fixtures.participants(walkIn.id(), 2.5, null)).when().post(path).then().statusCode(404);

        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                    .body(Fixtures.participants(seated.id(), 2.5, null, walkIn.id(), 2.0, null))
                    .when().post(path).then().statusCode(200)
                    .body("participants.find { it.volunteerId == '" + walkIn.id() + "' }.walkIn", equalTo(true))
                    .body("late", equalTo(false));
            ActivityCompleted completed = completedEvent(probe, occurrence);
            assertThat(completed.late()).isFalse();
            assertThat(completed.recordDeadline()).isEqualTo(workingDays.deadline(LocalDate.now(Fixtures.HARBIN).minusDays(1)));
            assertThat(completed.participants()).extracting(ActivityCompleted.Participant::volunteerId,
                    ActivityCompleted.Participant::walkIn).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(seated.id(), false), org.assertj.core.groups.Tuple.tuple(walkIn.id(), true));
            assertThat(completed.participants().get(1).hours()).isEqualByComparingTo(new BigDecimal("2.0"));
        }
    }

    @Test
    void aPaperSheetEnteredAfterTheDeadlineIsAcceptedAndFlaggedLate() {
        String district = Fixtures.freshDistrict();
        // 25 days ago: at least 17 working days have passed (at most 8 weekend days and holidays
        // fall into 25 days outside the October week), so the 10-working-day deadline is behind us
        String occurrence = Fixtures.pastOccurrence(district, 25);
        Fixtures.Volunteer walkIn = Fixtures.volunteer(district);
        LocalDate day = LocalDate.now(Fixtures.HARBIN).minusDays(25);
        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                    .body(Fixtures.participants(walkIn.id(), 2.5, null))
                    .when().post("/api/v1/occurrences/" + occurrence + "/completion").then().statusCode(200)
                    .body("late", equalTo(true));
            ActivityCompleted completed = completedEvent(probe, occurrence);
            assertThat(completed.late()).isTrue();
            assertThat(completed.recordDeadline()).isEqualTo(workingDays.deadline(day)).isBefore(LocalDate.now(Fixtures.HARBIN));
            assertThat(completed.date()).isEqualTo(day);
            assertThat(completed.participants().get(0).walkIn()).isTrue();
        }
        given().auth().oauth2(TestTokens.user(district, "district-admin").token()).when().get("/api/v1/occurrences/overdue")
                .then().statusCode(200).body("items.occurrenceId", not(hasItem(occurrence)));
    }

    @Test
    void anOccurrenceOlderThanTheBackEntryLimitIsRefusedNamingIt() {
        String district = Fixtures.freshDistrict();
        String occurrence = Fixtures.pastOccurrence(district, 2);
        Instant start = Instant.now().minus(Duration.ofDays(367));
        fixtures.moveOccurrence(UUID.fromString(occurrence), start, start.plus(Duration.ofMinutes(150)));
        Fixtures.Volunteer walkIn = Fixtures.volunteer(district);
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                .body(Fixtures.participants(walkIn.id(), 2.5, null))
                .when().post("/api/v1/occurrences/" + occurrence + "/completion").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("occurrenceId"));
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                .body(Map.of("note", "nobody came")).when().post("/api/v1/occurrences/" + occurrence + "/held-with-nobody")
                .then().statusCode(422).body("errors.field", hasItem("occurrenceId"));
    }

    @Test
    void heldWithNobodyOrCancelledAfterItsStartLeavesTheOverdueListAndIsNeverAnnouncedMissed() {
        String district = Fixtures.freshDistrict();
        String rainedOut = Fixtures.pastOccurrence(district, 25);
        String calledOff = Fixtures.pastOccurrence(district, 24);
        TestTokens.User office = TestTokens.user(district, "district-admin");
        given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/overdue").then().statusCode(200)
                .body("items.occurrenceId", hasItem(rainedOut)).body("items.occurrenceId", hasItem(calledOff));

        TopicProbe closings = TopicProbe.open("test.activity.events");
        String closePath = "/api/v1/occurrences/" + rainedOut + "/held-with-nobody";
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(Map.of("note", " "))
                .when().post(closePath).then().statusCode(400).body("errors.field", hasItem("note"));
        given().auth().oauth2(TestTokens.user(Fixtures.freshDistrict(), "district-admin").token()).contentType(ContentType.JSON)
                .body(Map.of("note", "Rain")).when().post(closePath).then().statusCode(404);
        given().auth().oauth2(TestTokens.user(district, "volunteer").token()).contentType(ContentType.JSON)
                .body(Map.of("note", "Rain")).when().post(closePath).then().statusCode(403);
        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(Map.of("note", "Rain; the organizers waited an hour")).when().post(closePath).then().statusCode(200)
                .body("status", equalTo("HELD_WITH_NOBODY")).body("recordedLate", equalTo(true))
                .body("closedNote", equalTo("Rain; the organizers waited an hour"));
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(Map.of("note", "again"))
                .when().post(closePath).then().statusCode(409);
        given().auth().oauth2(office.token()).contentType(ContentType.JSON)
                .body(Fixtures.participants(UUID.randomUUID(), 1, null))
                .when().post("/api/v1/occurrences/" + rainedOut + "/completion").then().statusCode(409);

        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                .body(Map.of("scope", "THIS", "reason", "Blizzard; called off at the start"))
                .when().post("/api/v1/occurrences/" + calledOff + "/cancellation").then().statusCode(200)
                .body("[0].status", equalTo("CANCELLED")).body("[0].cancelReason", equalTo("Blizzard; called off at the start"));

        given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/overdue").then().statusCode(200)
                .body("items.occurrenceId", not(hasItem(rainedOut))).body("items.occurrenceId", not(hasItem(calledOff)));
        // one OccurrenceClosed per occurrence, whoever held seats: reporting closes its overdue count with it
        try (closings) {
            assertThat(TopicProbe.text(closings.await(r -> rainedOut.equals(r.key()) && TopicProbe.text(r).contains("OccurrenceClosed"),
                    Duration.ofSeconds(20)))).contains("HELD_WITH_NOBODY");
            assertThat(TopicProbe.text(closings.await(r -> calledOff.equals(r.key()) && TopicProbe.text(r).contains("OccurrenceClosed"),
                    Duration.ofSeconds(20)))).contains("CANCELLED");
        }
        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            deadlines.publishMissedDeadlines();
            assertThat(probe.drain(Duration.ofSeconds(3))).filteredOn(r -> TopicProbe.text(r).contains("RecordDeadlineMissed"))
                    .extracting(r -> r.key()).doesNotContain(rainedOut, calledOff);
        }
    }
}
