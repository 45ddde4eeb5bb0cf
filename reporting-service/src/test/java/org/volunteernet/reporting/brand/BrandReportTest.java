package org.volunteernet.reporting.brand;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.volunteernet.reporting.ReportingFixtures.HARBIN;
import static org.volunteernet.reporting.ReportingFixtures.at;
import static org.volunteernet.reporting.ReportingFixtures.freshDistrict;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.AnswersAsUnknownId;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.ActivityScheduled;
import org.volunteernet.events.ActivitySeriesEnded;
import org.volunteernet.events.BrandCreated;
import org.volunteernet.events.BrandLeaderAppointed;
import org.volunteernet.events.BrandLeaderDismissed;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.GroupFormed;
import org.volunteernet.events.MemberJoined;
import org.volunteernet.events.MemberLeft;
import org.volunteernet.events.OrganizationJoined;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.reporting.ReportingFixtures;

/** The brand report for a known set of events, with the figures worked out by hand. */
@QuarkusTest
public class BrandReportTest {

    static final int YEAR = 2025;

    /** A brand's known year; the founder's account leads it. */
    public record KnownBrand(String district, UUID brand, TestTokens.User leader, TestTokens.User dismissedLeader) {
    }

    static OffsetDateTime local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(HARBIN).toOffsetDateTime();
    }

    static ActivityCompleted completed(UUID occurrence, UUID activity, String district, UUID brand, LocalDate day, UUID... who) {
        List<ActivityCompleted.Participant> participants = new ArrayList<>();
        for (UUID volunteer : who) {
            participants.add(new ActivityCompleted.Participant(volunteer, new BigDecimal("2.0")));
        }
        return new ActivityCompleted(occurrence, activity, district, "Saturday clean-up", day, "Riverside", "Litter",
                "ENVIRONMENT", "Youth League", "s1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", brand, null, participants, "organizer-subject", at(day.toString()));
    }

    static ServiceRecordCreated record(UUID record, UUID volunteer, String district, String date, String hours, UUID brand) {
        return new ServiceRecordCreated(record, volunteer, district, UUID.randomUUID(), UUID.randomUUID(), "Saturday clean-up",
                LocalDate.parse(date), "ENVIRONMENT", new BigDecimal(hours), "Youth League", brand, null, at(date));
    }

    static VolunteerRegistered registered(UUID volunteer, String district, String subject) {
        return new VolunteerRegistered(volunteer, district, List.of(), List.of(), null,
                subject, at("2024-10-01"));
    }

    /**
     * Publishes a brand's year:
     * groups A (v1, v2, v3, and v5 from 2024) and B (v3, v4); v2 leaves A in August;
     * a weekly Saturday series from 4 January, ended from 5 July on (26 Saturdays due), and a
     * one-off on 15 March (1 due): 27 due; 20 Saturdays (4 Jan to 17 May) and the one-off held;
     * hours 2.0 + 2.0 in March, one of them corrected to 3.0 on 12 April, 1.5 in May.
     */
    public static KnownBrand publishKnownBrand() {
        String d = freshDistrict();
        UUID brand = UUID.randomUUID();
        UUID groupA = UUID.randomUUID();
        UUID groupB = UUID.randomUUID();
        UUID v1 = UUID.randomUUID();
        UUID v2 = UUID.randomUUID();
        UUID v3 = UUID.randomUUID();
        UUID v4 = UUID.randomUUID();
        UUID v5 = UUID.randomUUID();
        UUID weekly = UUID.randomUUID();
        UUID oneOff = UUID.randomUUID();
        UUID corrected = UUID.randomUUID();
        TestTokens.User leader = TestTokens.user(d, "brand-leader");
        TestTokens.User dismissed = TestTokens.user(d, "brand-leader");
        List<DomainEvent> events = new ArrayList<>(List.of(
                registered(v1, d, leader.subject()), registered(v2, d, dismissed.subject()),
                new BrandCreated(brand, d, "Volunteer Service Saturday", null, v1, at("2024-10-01")),
                new BrandLeaderAppointed(brand, d, v1, at("2024-10-01")),
                new BrandLeaderAppointed(brand, d, v2, at("2024-10-02")),
                new BrandLeaderDismissed(brand, d, v2, at("2025-02-01")),
                new GroupFormed(groupA, brand, d, "Riverside Guardians", v1, at("2024-11-01")),
                new MemberJoined(groupA, brand, d, v5, at("2024-12-01")),
                new MemberJoined(groupA, brand, d, v1, at("2025-01-02")),
                new MemberJoined(groupA, brand, d, v2, at("2025-02-01")),
                new MemberJoined(groupA, brand, d, v3, at("2025-03-01")),
                new GroupFormed(groupB, brand, d, "Snow Shovellers", v3, at("2025-03-01")),
                new MemberJoined(groupB, brand, d, v3, at("2025-03-01")),
                new MemberJoined(groupB, brand, d, v4, at("2025-06-01")),
                new MemberLeft(groupA, brand, d, v2, false, at("2025-08-01")),
                new OrganizationJoined(UUID.randomUUID(), brand, d, "Red Cross Volunteers", at("2025-01-05")),
                new OrganizationJoined(UUID.randomUUID(), brand, d, "Youth League", at("2025-01-06")),
                new ActivityScheduled(weekly, d, "Saturday clean-up", "ENVIRONMENT", local("2025-01-04T09:00"),
                        local("2025-01-04T11:00"), 20, "FREQ=WEEKLY;BYDAY=SA", "Youth League", brand, groupA, at("2025-01-01")),
                new ActivityScheduled(oneOff, d, "Lei Feng Day", "COMMUNITY", local("2025-03-15T14:00"),
                        local("2025-03-15T16:00"), 50, null, "Youth League", brand, null, at("2025-03-01")),
                new ActivityScheduled(UUID.randomUUID(), d, "Unbranded", "COMMUNITY", local("2025-03-16T14:00"),
                        local("2025-03-16T16:00"), 50, "FREQ=DAILY", "Youth League", null, null, at("2025-03-01")),
                new ActivitySeriesEnded(weekly, d, brand, local("2025-07-05T09:00").toInstant(), "Summer break", at("2025-06-30"))));
        LocalDate saturday = LocalDate.parse("2025-01-04");
        for (int week = 0; week < 20; week++) {
            events.add(completed(UUID.randomUUID(), weekly, d, brand, saturday.plusWeeks(week), v1, v3));
        }
        ActivityCompleted leiFengDay = completed(UUID.randomUUID(), oneOff, d, brand, LocalDate.parse("2025-03-15"), v1, v2);
        events.add(leiFengDay);
        events.add(record(UUID.randomUUID(), v1, d, "2025-03-08", "2.0", brand));
        events.add(record(corrected, v2, d, "2025-03-08", "2.0", brand));
        events.add(new ServiceRecordCorrected(corrected, UUID.randomUUID(), v2, d, LocalDate.parse("2025-04-12"),
                new BigDecimal("2.0"), new BigDecimal("3.0"), at("2025-04-20"), LocalDate.parse("2025-03-08")));
        events.add(record(UUID.randomUUID(), v3, d, "2025-05-10", "1.5", brand));
        ReportingFixtures.publish(events);
        try (TestEvents publish = new TestEvents()) { // the one-off's completion again, under another event id
            publish.send("test.activity.events", leiFengDay.aggregateId(), TestEvents.cloudEvent(leiFengDay, "/activity-service"));
        }
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            JsonPath r = report(brand);
            return r.getLong("occurrences.due") == 27 && r.getLong("occurrences.participations") == 42
                    && r.getLong("members.leftThisYear") == 1 && r.getFloat("hours") == 6.5f;
        });
        return new KnownBrand(d, brand, leader, dismissed);
    }

    static JsonPath report(UUID brand) {
        return given().auth().oauth2(TestTokens.user(null, "analyst").token())
                .when().get("/api/v1/reports/brands/" + brand + "?year=" + YEAR)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aBrandsYearAddsUpAsWorkedOutByHand() {
        KnownBrand known = publishKnownBrand();
        JsonPath r = report(known.brand());
        assertThat(r.getString("name")).isEqualTo("Volunteer Service Saturday");
        assertThat(r.getString("district")).isEqualTo(known.district());
        // now in a group: v1, v3 (in both), v4, v5; joined in 2025: v1, v2, v3 twice, v4; left: v2
        assertThat(r.getLong("members.current")).isEqualTo(4);
        assertThat(r.getLong("members.joinedThisYear")).isEqualTo(5);
        assertThat(r.getLong("members.leftThisYear")).isEqualTo(1);
        assertThat(r.getList("groups.name")).containsExactly("Riverside Guardians", "Snow Shovellers");
        assertThat(r.getList("groups.members", Integer.class)).containsExactly(3, 2);
        assertThat(r.getList("organizations.name")).containsExactly("Red Cross Volunteers", "Youth League");
        // 26 Saturdays before the series ended + the one-off = 27 due; 20 + 1 held (the repeat counted once)
        assertThat(r.getLong("occurrences.activities")).isEqualTo(2);
        assertThat(r.getLong("occurrences.due")).isEqualTo(27);
        assertThat(r.getLong("occurrences.held")).isEqualTo(21);
        assertThat(r.getFloat("occurrences.regularity")).isEqualTo(0.7778f);
        assertThat(r.getLong("occurrences.participations")).isEqualTo(42);
        // Saturdays: Jan 4, Feb 4, Mar 5 (+ the one-off), Apr 4, May 3
        assertThat(r.getList("months.occurrencesHeld", Integer.class)).containsExactly(4, 4, 6, 4, 3, 0, 0, 0, 0, 0, 0, 0);
        // 2.0 in March, the corrected one moved to April as 3.0, 1.5 in May
        assertThat(r.getList("months.hours", Float.class)).containsExactly(0f, 0f, 2.0f, 3.0f, 1.5f, 0f, 0f, 0f, 0f, 0f, 0f, 0f);
        assertThat(r.getFloat("hours")).isEqualTo(6.5f);
        assertThat(r.getList("months.joined", Integer.class)).containsExactly(1, 1, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0);
        assertThat(r.getList("months.left", Integer.class)).containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0);

        // the CSV carries the same figures, attachment named after the brand, Chinese headers by default
        io.restassured.response.Response csv = given().auth().oauth2(known.leader().token())
                .when().get("/api/v1/reports/brands/" + known.brand() + "/export.csv?year=" + YEAR)
                .then().statusCode(200).contentType("text/csv").extract().response();
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"brand-" + known.brand() + "-" + YEAR
                + ".csv\"; filename*=UTF-8''Volunteer%20Service%20Saturday-" + YEAR + ".csv");
        String text = new String(csv.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF品牌编号,品牌,区划代码,区县,年份,指标代码,指标,月份,分项,数值")
                .contains(",occurrences.due,应开展场次,,,27", ",occurrences.regularity,开展率,,,0.7778", ",hours,核定志愿服务时长（小时）,,,6.50",
                        ",months.hours,核定志愿服务时长（小时）,4,,3.00", ",groups,志愿服务队成员数,,Riverside Guardians,3");
        assertThat(new String(given().auth().oauth2(known.leader().token()).header("Accept-Language", "en-US,en;q=0.9")
                .when().get("/api/v1/reports/brands/" + known.brand() + "/export.csv?year=" + YEAR)
                .then().statusCode(200).extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFFbrand id,brand,district code,district,year,figure code,figure,month,item,value")
                .contains(",members.current,members now,,,4");

        // the district report names the brand among its top brands with the same hours
        given().auth().oauth2(TestTokens.user(known.district(), "district-admin").token())
                .when().get("/api/v1/reports/districts/" + known.district() + "?year=" + YEAR)
                .then().statusCode(200)
                .body("topBrands[0].name", org.hamcrest.Matchers.equalTo("Volunteer Service Saturday"))
                .body("topBrands[0].hours", org.hamcrest.Matchers.equalTo(6.5f));
    }

    @Test
    void aBrandsReportIsForItsLeadersItsDistrictOfficeAndAnalysts() {
        KnownBrand known = publishKnownBrand();
        String path = "/api/v1/reports/brands/" + known.brand() + "?year=" + YEAR;
        given().auth().oauth2(known.leader().token()).when().get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.user(known.district(), "district-admin").token()).when().get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.user(null, "city-admin").token()).when().get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.user(null, "analyst").token()).when().get(path).then().statusCode(200);
        // a dismissed leader, a leader of other brands, another district's office, and roles without reports
        given().auth().oauth2(known.dismissedLeader().token()).when().get(path).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user(known.district(), "brand-leader").token()).when().get(path).then().statusCode(403);
        // another district's office: the very answer an unknown brand gets (no existence leak across districts)
        String elsewhere = TestTokens.user("230110", "district-admin").token();
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(elsewhere).when()
                .get("/api/v1/reports/brands/" + id + "?year=" + YEAR), known.brand().toString());
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(elsewhere).when()
                .get("/api/v1/reports/brands/" + id + "/export.csv?year=" + YEAR), known.brand().toString());
        for (String role : new String[] {"volunteer", "organizer"}) {
            given().auth().oauth2(TestTokens.user(known.district(), role).token()).when().get(path).then().statusCode(403);
        }
        given().when().get(path).then().statusCode(401);
        String csv = "/api/v1/reports/brands/" + known.brand() + "/export.csv?year=" + YEAR;
        given().auth().oauth2(TestTokens.user(known.district(), "district-admin").token()).when().get(csv).then().statusCode(200);
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).when().get(csv).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(known.dismissedLeader().token()).when().get(csv).then().statusCode(403);
        given().when().get(csv).then().statusCode(401);
        given().auth().oauth2(TestTokens.user(null, "analyst").token())
                .when().get("/api/v1/reports/brands/" + UUID.randomUUID() + "/export.csv").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user(null, "analyst").token())
                .when().get("/api/v1/reports/brands/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user(null, "analyst").token())
                .when().get("/api/v1/reports/brands/" + known.brand() + "?year=1999").then().statusCode(400)
                .contentType("application/problem+json");
        // an integer beyond int is told the declared range as a five-digit year is, not "must be an integer"
        for (String report : new String[] {"/api/v1/reports/brands/" + known.brand(), "/api/v1/reports/districts/230110"}) {
            given().auth().oauth2(TestTokens.user(null, "analyst").token())
                    .when().get(report + "?year=99999999999999").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"))
                    .body("errors[0].message", org.hamcrest.Matchers.equalTo("必须小于或等于 2100"));
            given().auth().oauth2(TestTokens.user(null, "analyst").token())
                    .when().get(report + "?year=10000").then().statusCode(400)
                    .body("errors[0].message", org.hamcrest.Matchers.equalTo("必须小于或等于 2100"));
        }
    }

    /**
     * F1: a brand's name that a spreadsheet would take for a formula is written with a leading apostrophe, in the
     * brand's CSV and in its district's CSV (topBrands' item); the slogan-like "-2+3" of the trial is text, the hours
     * stay numbers.
     */
    @Test
    void aBrandNameThatLooksLikeAFormulaIsNeutralisedInTheCsvs() {
        String d = freshDistrict();
        UUID brand = UUID.randomUUID();
        UUID founder = UUID.randomUUID();
        String name = "+SUM(1,2)*0+HYPERLINK(\"http://evil.example\")";
        ReportingFixtures.publish(List.of(registered(founder, d, null),
                new BrandCreated(brand, d, name, "-2+3", founder, at("2025-01-01")),
                record(UUID.randomUUID(), founder, d, "2025-03-08", "2.5", brand)));
        String admin = TestTokens.user(d, "district-admin").token();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> name.equals(given().auth().oauth2(admin)
                .when().get("/api/v1/reports/districts/" + d + "?year=" + YEAR).then().statusCode(200).extract().path("topBrands[0].name")));
        String neutralised = "\"'+SUM(1,2)*0+HYPERLINK(\"\"http://evil.example\"\")\"";
        String brandCsv = new String(given().auth().oauth2(admin).when()
                .get("/api/v1/reports/brands/" + brand + "/export.csv?year=" + YEAR).then().statusCode(200)
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(brandCsv).contains("\n" + brand + "," + neutralised + "," + d + ",").doesNotContain(",\"+SUM");
        String districtCsv = new String(given().auth().oauth2(admin).when()
                .get("/api/v1/reports/districts/" + d + "/export.csv?year=" + YEAR).then().statusCode(200)
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(districtCsv).contains(",topBrands,品牌志愿服务时长（小时）,," + neutralised + ",2.50").doesNotContain(",\"+SUM");
    }
}
