package org.volunteernet.reporting.district;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.volunteernet.reporting.ReportingFixtures.at;
import static org.volunteernet.reporting.ReportingFixtures.freshDistrict;
import static org.volunteernet.reporting.ReportingFixtures.topicOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.BrandCreated;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DiaryEntryWritten;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.RecordDeadlineMissed;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.events.VolunteerRegistered;

/** The district report for a known set of events, with the figures worked out by hand. */
@QuarkusTest
class DistrictYearFiguresTest {

    static final int YEAR = 2025;

    static ServiceRecordCreated record(UUID record, UUID volunteer, String district, String date, String hours, UUID brand) {
        return new ServiceRecordCreated(record, volunteer, district, UUID.randomUUID(), UUID.randomUUID(), "Clean-up",
                LocalDate.parse(date), "ENVIRONMENT", new BigDecimal(hours), "Youth League", brand, null, at(date));
    }

    static DeedRecorded deed(UUID volunteer, String district, String date, boolean witnessed) {
        return new DeedRecorded(UUID.randomUUID(), volunteer, district, LocalDate.parse(date), "NEIGHBOURHOOD", 30, false,
                witnessed, null, at(date));
    }

    static VolunteerRegistered registered(UUID volunteer, String district, String date) {
        return registered(volunteer, district, date, null);
    }

    static VolunteerRegistered registered(UUID volunteer, String district, String date, String accountSubject) {
        return new VolunteerRegistered(volunteer, district, List.of(), List.of(), null,
                accountSubject, at(date));
    }

    static JsonPath report(String district) {
        return given().auth().oauth2(TestTokens.user(null, "analyst").token())
                .when().get("/api/v1/reports/districts/" + district + "?year=" + YEAR)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSeasonalDistrictsYearAddsUpAsWorkedOutByHand() throws Exception {
        String d = freshDistrict();
        UUID v1 = UUID.randomUUID();
        UUID v2 = UUID.randomUUID();
        UUID v3 = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        UUID v3March = UUID.randomUUID();
        TestTokens.User v1Account = TestTokens.user(d, "volunteer");
        ServiceRecordCreated v1January = record(UUID.randomUUID(), v1, d, "2025-01-15", "3.0", null);
        List<DomainEvent> events = List.of(
                registered(v1, d, "2025-01-10", v1Account.subject()), registered(v2, d, "2025-03-02"), registered(v3, d, "2025-03-03"),
                new BrandCreated(brand, d, "Spring Sweepers", null, v1, at("2025-01-01")),
                v1January,
                record(UUID.randomUUID(), v1, d, "2025-03-08", "2.0", null),
                record(UUID.randomUUID(), v2, d, "2025-03-08", "4.0", null),
                record(v3March, v3, d, "2025-03-15", "1.0", null),
                new ServiceRecordCorrected(v3March, UUID.randomUUID(), v3, d, LocalDate.parse("2025-03-15"),
                        new BigDecimal("1.0"), new BigDecimal("3.0"), at("2025-03-20"), null),
                record(UUID.randomUUID(), v1, d, "2025-04-05", "2.0", null),
                record(UUID.randomUUID(), v2, d, "2025-06-07", "2.0", brand),
                deed(v1, d, "2025-02-11", false), deed(v2, d, "2025-03-05", true),
                deed(v3, d, "2025-03-06", false), deed(v3, d, "2025-03-07", false),
                new DiaryEntryWritten(UUID.randomUUID(), v3, d, LocalDate.parse("2025-05-20"), 0, 1, 1, true, at("2025-05-20")),
                new StarLevelReached(v1, d, 1, new BigDecimal("100"), at("2025-03-08")),
                new StarLevelReached(v1, d, 2, new BigDecimal("300"), at("2025-04-05")),
                new StarLevelReached(v2, d, 1, new BigDecimal("100"), at("2025-06-07")),
                new RecordDeadlineMissed(UUID.randomUUID(), UUID.randomUUID(), d, at("2025-07-01"), LocalDate.parse("2025-07-15")));
        try (TestEvents publish = new TestEvents()) {
            for (DomainEvent event : events) {
                publish.send(topicOf(event), event, "/test");
            }
            byte[] again = TestEvents.cloudEvent(v1January, "/volunteer-service");
            publish.send("test.volunteer.events", v1January.aggregateId(), again); // the record under another event id
            publish.send("test.volunteer.events", v1January.aggregateId(), again); // and that event redelivered
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> report(d).getLong("overdueRecords") == 1
                && report(d).getDouble("months[0].hours") == 3.0 && report(d).getDouble("months[5].hours") == 2.0
                && report(d).getDouble("months[2].hours") == 9.0 && report(d).getLong("months[4].activeVolunteers") == 1
                && report(d).getList("topBrands").size() == 1); // BrandCreated comes on another topic

        JsonPath r = report(d);
        // hours: Jan 3 (counted once), Mar 2 + 4 + 3 (1 corrected to 3), Apr 2, Jun 2 = 16
        assertThat(r.getList("months.hours", Float.class)).containsExactly(3.0f, 0f, 9.0f, 2.0f, 0f, 2.0f, 0f, 0f, 0f, 0f, 0f, 0f);
        assertThat(r.getList("months.activeVolunteers", Integer.class)).containsExactly(1, 1, 3, 1, 1, 1, 0, 0, 0, 0, 0, 0);
        assertThat(r.getList("months.deedsSelfReported", Integer.class)).containsExactly(0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(r.getList("months.deedsWitnessed", Integer.class)).containsExactly(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(r.getList("months.newRegistrations", Integer.class)).containsExactly(1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(r.getLong("registeredVolunteers")).isEqualTo(3);
        // March and April: (9 + 2) / 16 hours; 3 of 4 deeds
        assertThat(r.getFloat("marchAprilShare.hours")).isEqualTo(0.6875f);
        assertThat(r.getFloat("marchAprilShare.deeds")).isEqualTo(0.75f);
        // v1 active Jan-Apr (4 months), v2 Mar and Jun (2), v3 Mar and May (2)
        assertThat(r.getMap("monthsActiveDistribution")).containsEntry("4", 1).containsEntry("2", 2).containsEntry("1", 0);
        // v2 and v3 were first active in March; both came back from May on
        assertThat(r.getLong("marchRetention.firstActiveInMarch")).isEqualTo(2);
        assertThat(r.getLong("marchRetention.activeFromMayOn")).isEqualTo(2);
        assertThat(r.getMap("starLevels")).isEqualTo(Map.of("1", 1, "2", 1));
        assertThat(r.getString("topBrands[0].name")).isEqualTo("Spring Sweepers");
        assertThat(r.getFloat("topBrands[0].hours")).isEqualTo(2.0f);

        io.restassured.response.Response download = given().auth().oauth2(TestTokens.user(d, "district-admin").token())
                .when().get("/api/v1/reports/districts/" + d + "/export.csv?year=" + YEAR)
                .then().statusCode(200).contentType("text/csv").extract().response();
        // a fresh district code is not among the GB/T 2260 names: the file is named by its code
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"district-" + d + "-2025.csv\"; filename*=UTF-8''" + d + "-2025.csv");
        String csv = new String(download.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF区划代码,区县,区县（英文）,年份,指标代码,指标,月份,分项,数值");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        // every figure of the JSON report: 2 + 12 x 5 + 2 + 12 + 3 + 2 star levels + 1 brand + overdue
        assertThat(rows).hasSize(2 + 60 + 2 + 12 + 3 + 2 + 1 + 1);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("区划代码")).isEqualTo(d));
        assertThat(rows).anySatisfy(row -> assertThat(row.values()).endsWith("months.hours", "核定志愿服务时长（小时）", "3", "", "9.00"));
        assertThat(rows).anySatisfy(row -> assertThat(row.values()).endsWith("months.activeVolunteers", "活跃志愿者", "3", "", "3"));
        assertThat(rows).anySatisfy(row -> assertThat(row.values()).endsWith("marchAprilShare.hours", "3-4月时长占全年比例", "", "", "0.6875"));
        assertThat(rows).anySatisfy(row -> assertThat(row.values()).endsWith("marchRetention.activeFromMayOn", "其中5月后再次活跃", "", "", "2"));
        assertThat(rows).anySatisfy(row -> assertThat(row.values()).endsWith("starLevels", "星级志愿者人数", "", "2", "1"));
        assertThat(rows).anySatisfy(row -> assertThat(row.values()).endsWith("topBrands", "品牌志愿服务时长（小时）", "", "Spring Sweepers", "2.00"));
        assertThat(rows).anySatisfy(row -> assertThat(row.values()).endsWith("overdueRecords", "逾期未记录的活动场次", "", "", "1"));

        String svg = given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/reports/districts/" + d + "/monthly.svg?year=" + YEAR)
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
        // the rotated axis titles are drawn as shapes; the chart was looked at rendered (rsvg-convert)
        assertThat(svg).startsWith("<?xml").contains("<svg", d + " 2025年志愿服务月度统计", "月份", "核定志愿服务时长（小时）",
                "活跃志愿者（人）", "68.8%", ">3月<", ">12月<", "Noto Sans CJK SC").doesNotContain("部分数据");
        String english = given().auth().oauth2(TestTokens.user(null, "city-admin").token()).header("Accept-Language", "en")
                .when().get("/api/v1/reports/districts/" + d + "/monthly.svg?year=" + YEAR)
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
        assertThat(english).contains("District " + d + ": volunteering by month, 2025", "Month", "Verified volunteer hours",
                "Active volunteers", "68.8%", ">Mar<", ">Dec<");
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token())
                .when().get("/api/v1/reports/districts/" + d + "/monthly.svg?year=" + YEAR).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token())
                .when().get("/api/v1/reports/districts/" + d + "/export.csv?year=" + YEAR).then().statusCode(403);

        // the city report: the same district among all, side by side
        JsonPath city = given().auth().oauth2(TestTokens.user(null, "analyst").token())
                .when().get("/api/v1/reports/city?year=" + YEAR).then().statusCode(200).extract().jsonPath();
        String row = "districts.find { it.district == '" + d + "' }";
        assertThat(city.getFloat(row + ".hours")).isEqualTo(16.0f);
        assertThat(city.getLong(row + ".deeds")).isEqualTo(4);
        assertThat(city.getLong(row + ".peakActiveVolunteers")).isEqualTo(3);
        assertThat(city.getFloat(row + ".marchAprilHoursShare")).isEqualTo(0.6875f);
        assertThat(city.getLong(row + ".registeredVolunteers")).isEqualTo(3);
        assertThat(city.getLong(row + ".overdueRecords")).isEqualTo(1);
        given().auth().oauth2(TestTokens.user(d, "district-admin").token())
                .when().get("/api/v1/reports/city?year=" + YEAR).then().statusCode(403);

        // v1's own year: Jan 3 h, Feb a deed, Mar 2 h, Apr 2 h; four months in a row; two stars
        given().auth().oauth2(v1Account.token()).when().get("/api/v1/reports/volunteers/" + v1 + "/year?year=" + YEAR)
                .then().statusCode(200)
                .body("hours", equalTo(7.0f))
                .body("deedsSelfReported", equalTo(1))
                .body("activeMonths", equalTo(List.of(1, 2, 3, 4)))
                .body("longestMonthlyStreak", equalTo(4))
                .body("starLevel", equalTo(2));
        given().auth().oauth2(TestTokens.user(d, "volunteer").token())
                .when().get("/api/v1/reports/volunteers/" + v1 + "/year?year=" + YEAR).then().statusCode(403);
        given().auth().oauth2(TestTokens.user(null, "analyst").token())
                .when().get("/api/v1/reports/volunteers/" + v1 + "/year?year=" + YEAR).then().statusCode(403);
    }

    @Test
    void aWithdrawnDeedIsSubtracted() {
        String d = freshDistrict();
        UUID volunteer = UUID.randomUUID();
        DeedRecorded kept = deed(volunteer, d, "2025-03-05", false);
        DeedRecorded withdrawn = deed(volunteer, d, "2025-03-06", false);
        try (TestEvents publish = new TestEvents()) {
            publish.send("test.volunteer.events", kept, "/volunteer-service");
            publish.send("test.volunteer.events", withdrawn, "/volunteer-service");
            publish.send("test.volunteer.events", new org.volunteernet.events.DeedWithdrawn(withdrawn.deedId(), volunteer, d,
                    withdrawn.date(), withdrawn.category(), withdrawn.minutes(), false, false, null, at("2025-03-06")),
                    "/volunteer-service");
            publish.send("test.volunteer.events", deed(volunteer, d, "2025-04-01", false), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> report(d).getLong("months[3].deedsSelfReported") == 1);
        assertThat(report(d).getLong("months[2].deedsSelfReported")).isEqualTo(1);
    }

    @Test
    void monthsActiveAndMarchRetentionDoNotDependOnTheOrderEventsArriveIn() {
        String d = freshDistrict();
        UUID late = UUID.randomUUID();
        UUID stays = UUID.randomUUID();
        try (TestEvents publish = new TestEvents()) {
            // "late" is first seen in March and May, then a January deed arrives: not first active in March after all
            publish.send("test.volunteer.events", record(UUID.randomUUID(), late, d, "2025-03-08", "2.0", null), "/volunteer-service");
            publish.send("test.volunteer.events", deed(late, d, "2025-05-10", false), "/volunteer-service");
            publish.send("test.volunteer.events", deed(late, d, "2025-01-20", false), "/volunteer-service");
            // "stays": March, then September
            publish.send("test.volunteer.events", deed(stays, d, "2025-03-15", true), "/volunteer-service");
            publish.send("test.volunteer.events", deed(stays, d, "2025-09-01", false), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> report(d).getLong("months[0].deedsSelfReported") == 1
                && report(d).getLong("months[8].deedsSelfReported") == 1);
        JsonPath r = report(d);
        assertThat(r.getMap("monthsActiveDistribution")).containsEntry("3", 1).containsEntry("2", 1).containsEntry("1", 0);
        assertThat(r.getLong("marchRetention.firstActiveInMarch")).isEqualTo(1);
        assertThat(r.getLong("marchRetention.activeFromMayOn")).isEqualTo(1);
    }

    @Test
    void aVolunteerCountsOnceAtTheHighestStarLevelInTheDistrictOfTheirLatestStar() {
        String d = freshDistrict();
        String moved = freshDistrict();
        UUID climbs = UUID.randomUUID();
        UUID moves = UUID.randomUUID();
        try (TestEvents publish = new TestEvents()) {
            publish.send("test.volunteer.events", new StarLevelReached(climbs, d, 1, new BigDecimal("100"), at("2025-03-01")), "/volunteer-service");
            publish.send("test.volunteer.events", new StarLevelReached(climbs, d, 3, new BigDecimal("1000"), at("2025-06-01")), "/volunteer-service");
            // a lower level announced late (another event id) changes nothing
            publish.send("test.volunteer.events", new StarLevelReached(climbs, d, 2, new BigDecimal("300"), at("2025-04-01")), "/volunteer-service");
            publish.send("test.volunteer.events", new StarLevelReached(moves, d, 2, new BigDecimal("300"), at("2025-03-01")), "/volunteer-service");
            publish.send("test.volunteer.events", new StarLevelReached(moves, moved, 2, new BigDecimal("320"), at("2025-05-01")), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> report(moved).getMap("starLevels").equals(Map.of("2", 1)));
        assertThat(report(d).getMap("starLevels")).isEqualTo(Map.of("3", 1));
    }

    @Test
    void anEvenYearPutsTwoTwelfthsInMarchAndApril() {
        String d = freshDistrict();
        UUID volunteer = UUID.randomUUID();
        try (TestEvents publish = new TestEvents()) {
            for (int month = 1; month <= 12; month++) {
                publish.send("test.volunteer.events", record(UUID.randomUUID(), volunteer, d,
                        "2025-%02d-10".formatted(month), "1.5", null), "/volunteer-service");
                publish.send("test.volunteer.events", deed(volunteer, d, "2025-%02d-11".formatted(month), false), "/volunteer-service");
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> report(d).getLong("months[11].deedsSelfReported") == 1);
        given().auth().oauth2(TestTokens.user(null, "analyst").token())
                .when().get("/api/v1/reports/districts/" + d + "?year=" + YEAR)
                .then().statusCode(200)
                .body("marchAprilShare.hours", equalTo(0.1667f))
                .body("marchAprilShare.deeds", equalTo(0.1667f))
                .body("monthsActiveDistribution.'12'", equalTo(1))
                .body("marchRetention.firstActiveInMarch", equalTo(0));
    }
}
