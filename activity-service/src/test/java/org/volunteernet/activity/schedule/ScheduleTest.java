package org.volunteernet.activity.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.activity.known.domain.KnownBrand;
import org.volunteernet.activity.known.domain.KnownBrandLeader;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.ActivityScheduled;
import org.volunteernet.events.BrandCreated;
import org.volunteernet.events.BrandLeaderAppointed;
import org.volunteernet.events.BrandLeaderDismissed;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.VolunteerRegistered;

@QuarkusTest
class ScheduleTest {

    /** Next Saturday 09:00 in Harbin. */
    static OffsetDateTime nextSaturdayMorning() {
        LocalDate saturday = LocalDate.now(Fixtures.HARBIN).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        return saturday.atTime(LocalTime.of(9, 0)).atZone(Fixtures.HARBIN).toOffsetDateTime();
    }

    @Test
    void everySaturdayMorningBecomesDatedOccurrencesAtNineLocalTime() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime first = nextSaturdayMorning();
        String id;
        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            id = Fixtures.schedule(district, Fixtures.activity(district, first, Duration.ofMinutes(150), 20, "FREQ=WEEKLY;BYDAY=SA"));
            String activityId = id;
            ActivityScheduled scheduled = EventCodec.parse(probe.await(r -> activityId.equals(r.key()), Duration.ofSeconds(20))
                    .value()).dataAs(ActivityScheduled.class);
            assertThat(scheduled.recurrence()).isEqualTo("FREQ=WEEKLY;BYDAY=SA");
            assertThat(scheduled.capacity()).isEqualTo(20);
        }
        List<String> starts = given().auth().oauth2(TestTokens.user(district, "volunteer").token())
                .when().get("/api/v1/activities/" + id + "/occurrences?from=" + first.toLocalDate() + "&to="
                        + first.toLocalDate().plusDays(27))
                .then().statusCode(200).body("items", hasSize(4)).body("items[0].capacity", equalTo(20))
                .body("items[0].status", equalTo("SCHEDULED")).extract().path("items.start");
        for (String start : starts) {
            OffsetDateTime at = OffsetDateTime.parse(start);
            assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(at.atZoneSameInstant(Fixtures.HARBIN).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        }
        assertThat(Fixtures.occurrenceIds(id, first.toLocalDate().toString(), first.toLocalDate().plusDays(100).toString()))
                .hasSizeBetween(12, 14);
    }

    @Test
    void aOneOffActivityHasOneOccurrenceAndBrowsingFindsIt() {
        String district = Fixtures.freshDistrict();
        UUID[] brandAndGroup = Fixtures.brandWithGroup(district);
        java.util.Map<String, Object> body = new java.util.HashMap<>(Fixtures.activity(district,
                OffsetDateTime.now(Fixtures.HARBIN).plusDays(3), Duration.ofHours(2), 10, null));
        body.put("groupId", brandAndGroup[1].toString());
        String id = Fixtures.schedule(district, body);
        given().auth().oauth2(TestTokens.user(district, "volunteer").token())
                .when().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("brandId", equalTo(brandAndGroup[0].toString()));
        assertThat(Fixtures.occurrenceIds(id, LocalDate.now().toString(), LocalDate.now().plusDays(10).toString())).hasSize(1);
        given().auth().oauth2(TestTokens.user(district, "volunteer").token())
                .when().get("/api/v1/activities?district=" + district + "&brandId=" + brandAndGroup[0] + "&category=ENVIRONMENT")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(TestTokens.user(district, "volunteer").token())
                .when().get("/api/v1/activities?district=" + district + "&from=" + LocalDate.now().plusDays(20))
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badTimesRulesAndBrandsAreRefusedNamingTheField() {
        String district = Fixtures.freshDistrict();
        String organizer = TestTokens.user(district, "organizer").token();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(1);
        Map<String, Object> backwards = new java.util.HashMap<>(Fixtures.activity(district, start, Duration.ofHours(2), 5, null));
        backwards.put("end", start.minusHours(1).toString());
        for (Object[] bad : new Object[][] {
                {backwards, "end"},
                {Fixtures.activity(district, start, Duration.ofHours(2), 5, "EVERY SATURDAY"), "recurrence"},
                {Fixtures.activity(district, start, Duration.ofHours(2), 5, "FREQ=MINUTELY"), "recurrence"},
                {Fixtures.activity(district, start, Duration.ofHours(30), 5, null), "end"},
                {Fixtures.activity(district, start, Duration.ofHours(2), 0, null), "capacity"},
                {Fixtures.activity(district, start.minusYears(2), Duration.ofHours(2), 5, null), "start"}}) {
            given().auth().oauth2(organizer).contentType(ContentType.JSON).body(bad[0]).when().post("/api/v1/activities")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(bad[1]));
        }
        Map<String, Object> unknownBrand = new java.util.HashMap<>(Fixtures.activity(district, start, Duration.ofHours(2), 5, null));
        unknownBrand.put("brandId", UUID.randomUUID().toString());
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(unknownBrand).when().post("/api/v1/activities")
                .then().statusCode(422).body("errors.field", hasItem("brandId"));
    }

    @Test
    void onlyOrganizersBrandLeadersAndOfficesOfTheDistrictSchedule() {
        String district = Fixtures.freshDistrict();
        Map<String, Object> body = Fixtures.activity(district, OffsetDateTime.now().plusDays(1), Duration.ofHours(2), 5, null);
        for (String role : new String[] {"organizer", "district-admin"}) {
            given().auth().oauth2(TestTokens.user(district, role).token()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/activities").then().statusCode(201);
            given().auth().oauth2(TestTokens.user("230102", role).token()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/activities").then().statusCode(403);
        }
        // a brand leader acts for a brand they lead (next test), not for the district at large
        given().auth().oauth2(TestTokens.user(district, "brand-leader").token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(403).contentType("application/problem+json");
        for (String role : new String[] {"volunteer", "analyst"}) {
            given().auth().oauth2(TestTokens.user(district, role).token()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/activities").then().statusCode(403);
        }
    }

    @Test
    void aBrandLeaderSchedulesAndChangesOnlyUnderABrandTheyLead() {
        String district = Fixtures.freshDistrict();
        TestTokens.User leader = TestTokens.user(district, "brand-leader");
        UUID volunteer = UUID.randomUUID();
        UUID led = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.send("test.volunteer.events", new VolunteerRegistered(volunteer, district, List.of(), List.of(), null, leader.subject(), Instant.now()), "/volunteer-service");
            events.send("test.brand.events", new BrandCreated(led, district, "Led Sundays", null, volunteer, Instant.now()), "/brand-service");
            events.send("test.brand.events", new BrandLeaderAppointed(led, district, volunteer, Instant.now()), "/brand-service");
            events.send("test.brand.events", new BrandCreated(other, district, "Other Mondays", null, UUID.randomUUID(), Instant.now()),
                    "/brand-service");
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() ->
                KnownBrandLeader.leads(leader.subject(), led) && KnownBrand.findById(other) != null);
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.activity(district, OffsetDateTime.now().plusDays(1),
                Duration.ofHours(2), 5, null));
        body.put("brandId", led.toString());
        String activity = given().auth().oauth2(leader.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(201).extract().path("id");
        body.put("brandId", other.toString());
        given().auth().oauth2(leader.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(403).contentType("application/problem+json");

        // dismissed: no longer schedules or changes the brand's activities
        try (TestEvents events = new TestEvents()) {
            events.send("test.brand.events", new BrandLeaderDismissed(led, district, volunteer, Instant.now()), "/brand-service");
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> !KnownBrandLeader.leads(leader.subject(), led));
        String occurrence = Fixtures.occurrenceIds(activity, LocalDate.now().toString(), LocalDate.now().plusDays(3).toString()).get(0);
        given().auth().oauth2(leader.token()).contentType(ContentType.JSON)
                .body(Map.of("scope", "THIS", "reason", "Not mine any more"))
                .when().post("/api/v1/occurrences/" + occurrence + "/cancellation").then().statusCode(403);
    }

    @Test
    void aRedeliveredBrandEventMakesOneKnownBrand() {
        String district = Fixtures.freshDistrict();
        BrandCreated created = new BrandCreated(UUID.randomUUID(), district, "Neighbourly Sundays", null, UUID.randomUUID(),
                Instant.now());
        byte[] message = TestEvents.cloudEvent(created, "/brand-service");
        try (TestEvents events = new TestEvents()) {
            events.send("test.brand.events", created.aggregateId(), message);
            events.send("test.brand.events", created.aggregateId(), message);
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> KnownBrand.findById(created.brandId()) != null);
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.activity(district, OffsetDateTime.now().plusDays(1),
                Duration.ofHours(2), 5, null));
        body.put("brandId", created.brandId().toString());
        Fixtures.schedule(district, body);
        assertThat(KnownBrand.count("brandId", created.brandId())).isEqualTo(1);
    }
}
