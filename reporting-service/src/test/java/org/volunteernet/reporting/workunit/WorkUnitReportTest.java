package org.volunteernet.reporting.workunit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.volunteernet.reporting.ReportingFixtures.at;
import static org.volunteernet.reporting.ReportingFixtures.freshDistrict;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.AnswersAsUnknownId;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.events.VolunteerProfileUpdated;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.events.WorkUnitRegistered;
import org.volunteernet.reporting.ReportingFixtures;

/** The work-unit report for a known set of events: post deeds and members' volunteering, kept apart. */
@QuarkusTest
class WorkUnitReportTest {

    static final int YEAR = 2025;

    static VolunteerRegistered registered(UUID volunteer, String district, UUID unit) {
        return new VolunteerRegistered(volunteer, district, List.of(), List.of(), unit,
                null, at("2025-01-02"));
    }

    static VolunteerProfileUpdated worksAt(UUID volunteer, String district, UUID unit, long version) {
        return new VolunteerProfileUpdated(volunteer, district, null, List.of(), List.of(), unit, "driver", version,
                at("2025-01-03"));
    }

    static DeedRecorded deed(UUID volunteer, String district, String date, int minutes, boolean atPost, UUID unit) {
        return new DeedRecorded(UUID.randomUUID(), volunteer, district, LocalDate.parse(date), "AT_WORK", minutes, atPost, false,
                unit, at(date));
    }

    static ServiceRecordCreated record(UUID volunteer, String district, String date, String hours) {
        return new ServiceRecordCreated(UUID.randomUUID(), volunteer, district, UUID.randomUUID(), UUID.randomUUID(), "Clean-up",
                LocalDate.parse(date), "ENVIRONMENT", new BigDecimal(hours), "Youth League", null, null, at(date));
    }

    static JsonPath report(UUID unit, String token) {
        return given().auth().oauth2(token).when().get("/api/v1/reports/work-units/" + unit + "?year=" + YEAR)
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * v1 registered at the depot; v2 registered without a unit and named it in a later profile;
     * v3 registered at the depot and moved to another unit. Post deeds: 30, 45, 60 minutes in
     * February and 20 in March at the depot, one deed off post (not counted). Hours: v1 2.0 in
     * March, v2 3.5 in June, v3 1.0 in March (no longer a member: not counted).
     */
    @Test
    void aWorkUnitsPostDeedsAndMembersVolunteeringAreCountedApart() {
        String d = freshDistrict();
        UUID depot = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        UUID v1 = UUID.randomUUID();
        UUID v2 = UUID.randomUUID();
        UUID v3 = UUID.randomUUID();
        ReportingFixtures.publish(List.of(
                new WorkUnitRegistered(depot, d, "Bus Company No. 3 Depot", "ENTERPRISE", at("2025-01-01")),
                new WorkUnitRegistered(elsewhere, d, "Xiangfang Library", "PUBLIC_INSTITUTION", at("2025-01-01")),
                registered(v1, d, depot), registered(v2, d, null), worksAt(v2, d, depot, 1),
                registered(v3, d, depot), worksAt(v3, d, elsewhere, 1),
                deed(v1, d, "2025-02-03", 30, true, depot), deed(v1, d, "2025-02-10", 45, true, depot),
                deed(v2, d, "2025-02-17", 60, true, depot), deed(v2, d, "2025-03-03", 20, true, depot),
                deed(v1, d, "2025-03-04", 90, false, null),
                record(v1, d, "2025-03-08", "2.0"), record(v2, d, "2025-06-07", "3.5"), record(v3, d, "2025-03-08", "1.0")));
        String analyst = TestTokens.user(null, "analyst").token();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            JsonPath r = report(depot, analyst);
            return r.getLong("postDeeds") == 4 && r.getFloat("volunteerHours") == 5.5f && r.getLong("members") == 2
                    && report(elsewhere, analyst).getFloat("volunteerHours") == 1.0f; // each unit is its own partition
        });
        JsonPath r = report(depot, TestTokens.user(d, "district-admin").token());
        assertThat(r.getString("name")).isEqualTo("Bus Company No. 3 Depot");
        assertThat(r.getString("kind")).isEqualTo("ENTERPRISE");
        assertThat(r.getLong("members")).isEqualTo(2);
        assertThat(r.getLong("postDeeds")).isEqualTo(4);
        assertThat(r.getLong("postMinutes")).isEqualTo(155);
        assertThat(r.getFloat("volunteerHours")).isEqualTo(5.5f);
        assertThat(r.getLong("membersVolunteering")).isEqualTo(2);
        assertThat(r.getList("months.postDeeds", Integer.class)).containsExactly(0, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(r.getList("months.postMinutes", Integer.class)).containsExactly(0, 135, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(r.getList("months.volunteerHours", Float.class)).containsExactly(0f, 0f, 2.0f, 0f, 0f, 3.5f, 0f, 0f, 0f, 0f, 0f, 0f);
        assertThat(r.getList("months.membersVolunteering", Integer.class)).containsExactly(0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0);
        // v3 volunteers for the library now
        assertThat(report(elsewhere, analyst).getFloat("volunteerHours")).isEqualTo(1.0f);

        String path = "/api/v1/reports/work-units/" + depot + "?year=" + YEAR;
        given().auth().oauth2(TestTokens.user(null, "city-admin").token()).when().get(path).then().statusCode(200);
        // another district's office: the very answer an unknown unit gets (no existence leak across districts)
        String otherOffice = TestTokens.user("230110", "district-admin").token();
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(otherOffice).when()
                .get("/api/v1/reports/work-units/" + id + "?year=" + YEAR), depot.toString());
        AnswersAsUnknownId.assertSame(id -> given().auth().oauth2(otherOffice).when()
                .get("/api/v1/reports/work-units/" + id + "/export.csv?year=" + YEAR), depot.toString());
        for (String role : new String[] {"volunteer", "organizer", "brand-leader"}) {
            given().auth().oauth2(TestTokens.user(d, role).token()).when().get(path).then().statusCode(403);
        }
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(analyst).when().get("/api/v1/reports/work-units/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");

        // the CSV: the same figures, post deeds and volunteer hours on separate rows; the same access as the report
        String csvPath = "/api/v1/reports/work-units/" + depot + "/export.csv?year=" + YEAR;
        io.restassured.response.Response csv = given().auth().oauth2(TestTokens.user(d, "district-admin").token())
                .when().get(csvPath).then().statusCode(200).contentType("text/csv").extract().response();
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"work-unit-" + depot + "-" + YEAR
                + ".csv\"; filename*=UTF-8''Bus%20Company%20No.%203%20Depot-" + YEAR + ".csv");
        assertThat(new String(csv.asByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFF单位编号,单位,单位类型,区划代码,区县,年份,指标代码,指标,月份,分项,数值")
                .contains(",postMinutes,岗位善行分钟数,,,155", ",volunteerHours,成员核定志愿服务时长（小时）,,,5.50",
                        ",months.postDeeds,岗位善行,2,,3", ",months.volunteerHours,成员核定志愿服务时长（小时）,6,,3.50")
                // the kind in words for the people who open it in Excel; the JSON above keeps the code
                .contains("\n" + depot + ",Bus Company No. 3 Depot,企业,").doesNotContain("ENTERPRISE");
        String english = new String(given().auth().oauth2(TestTokens.user(d, "district-admin").token())
                .header("Accept-Language", "en").when().get(csvPath).then().statusCode(200).extract().asByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFwork unit id,work unit,kind,district code,district,year,")
                .contains("\n" + depot + ",Bus Company No. 3 Depot,Enterprise,").doesNotContain("ENTERPRISE");
        // a kind without labels here (PUBLIC_INSTITUTION is not one of brand-service's kinds) is written as its code
        assertThat(new String(given().auth().oauth2(TestTokens.user(d, "district-admin").token()).when()
                .get("/api/v1/reports/work-units/" + elsewhere + "/export.csv?year=" + YEAR).then().statusCode(200)
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\n" + elsewhere + ",Xiangfang Library,PUBLIC_INSTITUTION,");
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).when().get(csvPath).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user(d, "organizer").token()).when().get(csvPath).then().statusCode(403);
        given().when().get(csvPath).then().statusCode(401);
    }

    static VolunteerProfileUpdated worksAt(UUID volunteer, String district, UUID unit, long version, String date) {
        return new VolunteerProfileUpdated(volunteer, district, null, List.of(), List.of(), unit, "driver", version, at(date));
    }

    /**
     * F3: a unit counts a volunteer's verified hours served while the volunteer belonged to it. Li Ming volunteers
     * all year; he names the depot on 15 June and moves to the library on 1 October. March's hours are from before he
     * joined (not the depot's), 15 June (the day he joined) and August are the depot's, October's the library's. The
     * records arrive before the membership events (as a replay across topics may deliver them): same figures; and a
     * rebuild ends with the same report.
     */
    @Test
    void aUnitCountsOnlyTheHoursServedWhileTheVolunteerBelongedToIt() {
        String d = freshDistrict();
        UUID depot = UUID.randomUUID();
        UUID library = UUID.randomUUID();
        UUID liMing = UUID.randomUUID();
        UUID early = UUID.randomUUID(); // registered at the depot from the start: all his hours are the depot's
        ReportingFixtures.publish(List.of(
                record(liMing, d, "2025-03-08", "17.0"), record(liMing, d, "2025-06-15", "2.0"),
                record(liMing, d, "2025-08-01", "3.0"), record(liMing, d, "2025-10-01", "4.0"),
                record(early, d, "2025-03-08", "1.5"),
                new WorkUnitRegistered(depot, d, "Bus Company No. 3 Depot", "ENTERPRISE", at("2025-01-01")),
                new WorkUnitRegistered(library, d, "Xiangfang Library", "PUBLIC_INSTITUTION", at("2025-01-01")),
                new VolunteerRegistered(liMing, d, List.of(), List.of(), null, null, at("2025-01-02")),
                registered(early, d, depot),
                worksAt(liMing, d, depot, 1, "2025-06-15"), worksAt(liMing, d, library, 2, "2025-10-01")));
        String analyst = TestTokens.user(null, "analyst").token();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                report(depot, analyst).getFloat("volunteerHours") == 6.5f && report(library, analyst).getFloat("volunteerHours") == 4.0f
                        && report(library, analyst).getLong("members") == 1);
        JsonPath r = report(depot, analyst);
        assertThat(r.getLong("members")).isEqualTo(1); // Li Ming works at the library now
        assertThat(r.getList("months.volunteerHours", Float.class)).containsExactly(0f, 0f, 1.5f, 0f, 0f, 2.0f, 0f, 3.0f, 0f, 0f, 0f, 0f);
        assertThat(r.getList("months.membersVolunteering", Integer.class)).containsExactly(0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0);
        assertThat(r.getLong("membersVolunteering")).isEqualTo(2);
        JsonPath l = report(library, analyst);
        assertThat(l.getList("months.volunteerHours", Float.class)).containsExactly(0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 4.0f, 0f, 0f);
        assertThat(l.getLong("membersVolunteering")).isEqualTo(1);
        String before = report(depot, analyst).prettify() + report(library, analyst).prettify();

        JsonPath rebuild = org.volunteernet.reporting.rebuild.RebuildTest.rebuildAndWait();
        assertThat(rebuild.getString("state")).isEqualTo("DONE");
        assertThat(report(depot, analyst).prettify() + report(library, analyst).prettify()).isEqualTo(before);
    }

    /** F1: a unit's name that a spreadsheet would take for a formula is written with a leading apostrophe. */
    @Test
    void aUnitNameThatLooksLikeAFormulaIsNeutralisedInTheCsv() {
        String d = freshDistrict();
        UUID unit = UUID.randomUUID();
        UUID volunteer = UUID.randomUUID();
        String name = "=HYPERLINK(\"http://evil.example\",\"x\")";
        ReportingFixtures.publish(List.of(new WorkUnitRegistered(unit, d, name, "ENTERPRISE", at("2025-01-01")),
                registered(volunteer, d, unit), record(volunteer, d, "2025-03-08", "2.0")));
        String admin = TestTokens.user(d, "district-admin").token();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> report(unit, admin).getFloat("volunteerHours") == 2.0f);
        assertThat(report(unit, admin).getString("name")).isEqualTo(name); // the JSON report is not a spreadsheet
        String csv = new String(given().auth().oauth2(admin).when()
                .get("/api/v1/reports/work-units/" + unit + "/export.csv?year=" + YEAR).then().statusCode(200)
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\n" + unit + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",企业,")
                .doesNotContain(",\"=HYPERLINK").contains(",volunteerHours,成员核定志愿服务时长（小时）,,,2.00");
    }
}
