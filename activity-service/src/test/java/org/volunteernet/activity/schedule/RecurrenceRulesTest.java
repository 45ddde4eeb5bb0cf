package org.volunteernet.activity.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.schedule.service.HorizonJob;
import org.volunteernet.common.testing.TestTokens;

/** Issue 15, recurrence and browsing: the examples that bent, through the running service. */
@QuarkusTest
class RecurrenceRulesTest {

    @Inject
    HorizonJob horizonJob;

    static OffsetDateTime nextWednesdayMorning() {
        LocalDate wednesday = LocalDate.now(Fixtures.HARBIN).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        return wednesday.atTime(LocalTime.of(9, 0)).atZone(Fixtures.HARBIN).toOffsetDateTime();
    }

    static List<Map<String, Object>> occurrences(String activity, LocalDate from, LocalDate to) {
        return given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/activities/" + activity + "/occurrences?limit=200&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().path("items");
    }

    @Test
    void aDateOnlyUntilIsInclusiveAndCountIncludesTheStart() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime saturday = nextWednesdayMorning().plusDays(3);
        LocalDate secondSaturday = saturday.toLocalDate().plusDays(7);
        String until = secondSaturday.format(DateTimeFormatter.BASIC_ISO_DATE);
        String byUntil = Fixtures.schedule(district,
                Fixtures.activity(district, saturday, Duration.ofHours(2), 5, "FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=" + until));
        assertThat(occurrences(byUntil, saturday.toLocalDate(), saturday.toLocalDate().plusDays(60)))
                .extracting(o -> OffsetDateTime.parse((String) o.get("start")).atZoneSameInstant(Fixtures.HARBIN).toLocalDate())
                .containsExactly(saturday.toLocalDate(), saturday.toLocalDate().plusDays(1), secondSaturday);
        String byCount = Fixtures.schedule(district,
                Fixtures.activity(district, saturday, Duration.ofHours(2), 5, "FREQ=WEEKLY;BYDAY=SA;COUNT=2"));
        assertThat(occurrences(byCount, saturday.toLocalDate(), saturday.toLocalDate().plusDays(60))).hasSize(2);
    }

    /**
     * Tester's finding: rules that give no date, and a start that is not one of the rule's dates, were scheduled as a
     * single occurrence on the start (or with the start as an extra date). Now 400 naming recurrence, or start.
     */
    @Test
    void aRuleWithoutDatesAndAStartOffTheRuleAreRefusedInChinese() {
        String district = Fixtures.freshDistrict();
        String organizer = TestTokens.user(district, "organizer").token();
        OffsetDateTime wednesday = nextWednesdayMorning();
        String dayBefore = wednesday.toLocalDate().minusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        for (String never : new String[] {"FREQ=MONTHLY;BYDAY=6SA", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;UNTIL=" + dayBefore}) {
            given().auth().oauth2(organizer).contentType(ContentType.JSON)
                    .body(Fixtures.activity(district, wednesday, Duration.ofHours(1), 5, never)).when().post("/api/v1/activities")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("recurrence"))
                    .body("errors[0].message", equalTo("重复规则从开始时间起不会产生任何活动日期"));
        }
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Fixtures.activity(district, wednesday, Duration.ofHours(1), 5, "FREQ=WEEKLY;BYDAY=SA;COUNT=3"))
                .when().post("/api/v1/activities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("start"))
                .body("errors[0].message", equalTo("开始时间 " + wednesday.toLocalDate() + "（星期三）不符合重复规则；从那天起规则的第一个日期是 "
                        + wednesday.toLocalDate().plusDays(3) + "（星期六）"));
    }

    @Test
    void countZeroAndSubDailyPartsAreRefusedNamingTheField() {
        String district = Fixtures.freshDistrict();
        String organizer = TestTokens.user(district, "organizer").token();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusMonths(6);
        for (String[] bad : new String[][] {{"FREQ=WEEKLY;BYDAY=SA;COUNT=0", "COUNT"},
                {"FREQ=DAILY;BYHOUR=0,1,2,3;BYMINUTE=0,1,2", "BYHOUR"}, {"FREQ=WEEKLY;BYMINUTE=5", "BYMINUTE"},
                {"FREQ=DAILY;BYSECOND=1", "BYSECOND"}, {"FREQ=HOURLY", "FREQ"}, {"FREQ=DAILY;INTERVAL=0", "INTERVAL"},
                {"FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY"}, {"FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY"},
                {"FREQ=DAILY;BYHOUR=24", "BYHOUR"}}) {
            given().auth().oauth2(organizer).contentType(ContentType.JSON)
                    .body(Fixtures.activity(district, start, Duration.ofHours(1), 5, bad[0])).when().post("/api/v1/activities")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("recurrence")).body("detail", containsString(bad[1]));
        }
    }

    @Test
    void movedAndCancelledOccurrencesStayAsTheyAreWhenTheHorizonMoves() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime wednesday = nextWednesdayMorning();
        String activity = Fixtures.schedule(district,
                Fixtures.activity(district, wednesday, Duration.ofHours(2), 5, "FREQ=WEEKLY;BYDAY=WE"));
        LocalDate from = wednesday.toLocalDate();
        List<Map<String, Object>> before = occurrences(activity, from, from.plusDays(27));
        assertThat(before).hasSize(4);
        String organizer = TestTokens.user(district, "organizer").token();
        OffsetDateTime moved = wednesday.plusDays(8).plusHours(5); // second Wednesday -> Thursday 14:00
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("start", moved.toString()))
                .when().patch("/api/v1/occurrences/" + before.get(1).get("id")).then().statusCode(200);
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("scope", "THIS", "reason", "Blizzard"))
                .when().post("/api/v1/occurrences/" + before.get(2).get("id") + "/cancellation").then().statusCode(200);

        horizonJob.extend(Instant.now().plus(Duration.ofDays(120)));

        List<Map<String, Object>> after = occurrences(activity, from, from.plusDays(27));
        assertThat(after).extracting(o -> o.get("id")).containsExactlyInAnyOrderElementsOf(before.stream().map(o -> o.get("id")).toList());
        Map<String, Object> movedOne = after.stream().filter(o -> o.get("id").equals(before.get(1).get("id"))).findFirst().orElseThrow();
        assertThat(OffsetDateTime.parse((String) movedOne.get("start")).toInstant()).isEqualTo(moved.toInstant());
        Map<String, Object> cancelled = after.stream().filter(o -> o.get("id").equals(before.get(2).get("id"))).findFirst().orElseThrow();
        assertThat(cancelled.get("status")).isEqualTo("CANCELLED");
        assertThat(occurrences(activity, from.plusDays(100), from.plusDays(115))).isNotEmpty();
    }

    @Test
    void oneBadRuleIsPassedOverAndTheOtherSeriesAreExtended() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime wednesday = nextWednesdayMorning();
        String good = Fixtures.schedule(district, Fixtures.activity(district, wednesday, Duration.ofHours(2), 5, "FREQ=DAILY"));
        UUID bad = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            // a rule stored before today's checks: every minute, which the cap refuses
            Activity activity = new Activity();
            activity.id = bad;
            activity.title = "Bad rule";
            activity.content = "x";
            activity.district = district;
            activity.place = "x";
            activity.start = wednesday.toInstant();
            activity.end = wednesday.plusMinutes(30).toInstant();
            activity.capacity = 1;
            activity.serviceCategory = "ENVIRONMENT";
            activity.organizingUnit = "x";
            activity.personInCharge = "x";
            activity.recurrence = "FREQ=MINUTELY";
            activity.materializedUntil = activity.start;
            activity.organizerSubject = "test";
            activity.createdAt = Instant.now();
            activity.persist();
        });
        horizonJob.extend(Instant.now().plus(Duration.ofDays(120)));
        LocalDate far = LocalDate.now(Fixtures.HARBIN).plusDays(110);
        assertThat(occurrences(good, far, far.plusDays(5))).hasSize(6);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Occurrence.count("activityId", bad))).isZero();
    }

    @Test
    void browsingByDateFindsActivitiesWithAnOccurrenceInTheRange() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(10).withHour(9);
        String id = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 5, null));
        String volunteer = TestTokens.user(district, "volunteer").token();
        LocalDate day = start.toLocalDate();
        given().auth().oauth2(volunteer).when().get("/api/v1/activities?district=" + district + "&from=" + day.minusDays(1)
                + "&to=" + day.plusDays(1)).then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(volunteer).when().get("/api/v1/activities?district=" + district + "&from=" + day + "&to=" + day)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(volunteer).when().get("/api/v1/activities?district=" + district + "&from=" + day.plusDays(1))
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(volunteer).when().get("/api/v1/activities?district=" + district + "&to=" + day.minusDays(1))
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    /**
     * The activities' and an activity's occurrences' cursors are bound to their filters and their activity: another
     * category, or another activity of the same schedule, is a 400 naming cursor, not a page of the other list.
     */
    @Test
    void cursorsOfTheActivitiesAndOfAnActivitysOccurrencesAreBoundToTheirList() {
        String district = Fixtures.freshDistrict();
        String volunteer = TestTokens.user(district, "volunteer").token();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(2).withHour(9).withMinute(0).withSecond(0).withNano(0);
        String weekly = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(1), 5, "FREQ=DAILY;COUNT=3"));
        String other = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(1), 5, "FREQ=DAILY;COUNT=3"));
        String activities = given().auth().oauth2(volunteer).when().get("/api/v1/activities?limit=1&district=" + district)
                .then().statusCode(200).extract().path("nextCursor");
        given().auth().oauth2(volunteer).when().get("/api/v1/activities?limit=1&district=" + district + "&cursor=" + activities)
                .then().statusCode(200);
        given().auth().oauth2(volunteer).when().get("/api/v1/activities?limit=1&district=" + district
                + "&category=ENVIRONMENT&cursor=" + activities).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        String occurrences = given().auth().oauth2(volunteer).when().get("/api/v1/activities/" + weekly + "/occurrences?limit=1")
                .then().statusCode(200).extract().path("nextCursor");
        given().auth().oauth2(volunteer).when().get("/api/v1/activities/" + weekly + "/occurrences?limit=1&cursor=" + occurrences)
                .then().statusCode(200);
        given().auth().oauth2(volunteer).when().get("/api/v1/activities/" + other + "/occurrences?limit=1&cursor=" + occurrences)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", equalTo("是为另一个列表或其他筛选条件签发的游标；请不带它重新请求第一页"));
    }

    @Test
    void unparsableQueryParametersAndCursorsAre400NamingThem() {
        String volunteer = TestTokens.user("230110", "volunteer").token();
        String hugeCursor = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("+999999999-01-01T00:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        String activity = Fixtures.schedule("230110", Fixtures.activity("230110", OffsetDateTime.now(Fixtures.HARBIN).plusDays(2),
                Duration.ofHours(1), 5, null));
        for (String[] bad : new String[][] {
                {"/api/v1/activities?from=2026-13-01", "from"},
                {"/api/v1/activities?from=yesterday", "from"},
                {"/api/v1/activities?to=%2B999999999-12-31", "to"},
                {"/api/v1/activities?from=-999999999-01-01", "from"},
                {"/api/v1/activities?brandId=not-a-uuid", "brandId"},
                {"/api/v1/activities?limit=many", "limit"},
                {"/api/v1/activities?cursor=!!!", "cursor"},
                {"/api/v1/activities?cursor=" + hugeCursor, "cursor"},
                {"/api/v1/activities/" + activity + "/occurrences?from=%2B999999999-01-01", "from"},
                {"/api/v1/activities/" + activity + "/occurrences?cursor=" + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString("+999999999-01-01T00:00:00Z".getBytes(StandardCharsets.UTF_8)), "cursor"}}) {
            given().auth().oauth2(volunteer).urlEncodingEnabled(false).when().get(bad[0])
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
    }
}
