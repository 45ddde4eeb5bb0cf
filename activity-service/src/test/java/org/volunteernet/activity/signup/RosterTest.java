package org.volunteernet.activity.signup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestDocuments;
import org.volunteernet.common.testing.TestTokens;

/** Issue 14: the roster of an occurrence, as JSON pages and as CSV, for its organizers and district office. */
@QuarkusTest
class RosterTest {

    static List<CSVRecord> csv(byte[] body) throws Exception {
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF); // UTF-8 byte-order mark
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    /**
     * A roster cursor is bound to its occurrence: taken from one occurrence's roster and sent to another's, it
     * would position that roster by a line number of the first and silently skip its first lines; it is a 400
     * naming cursor (in Chinese by default), and keeps working on its own roster.
     */
    @Test
    void aCursorFromAnotherOccurrencesRosterIsRefused() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now().plusDays(4);
        String first = SignupTest.occurrence(district, 5, start);
        String second = SignupTest.occurrence(district, 5, start.plusDays(1));
        TestTokens.User office = TestTokens.user(district, "district-admin");
        for (int i = 0; i < 2; i++) {
            Fixtures.Volunteer volunteer = Fixtures.volunteer(district, "V" + district + "0000002" + i, "张伟" + i, null);
            SignupTest.signUp(volunteer, first).statusCode(201);
            SignupTest.signUp(volunteer, second).statusCode(201);
        }
        String next = given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/" + first + "/signups?limit=1")
                .then().statusCode(200).extract().path("nextCursor");
        given().auth().oauth2(office.token()).queryParam("cursor", next).when().get("/api/v1/occurrences/" + second + "/signups")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", equalTo("是为另一个列表或其他筛选条件签发的游标；请不带它重新请求第一页"));
        given().auth().oauth2(office.token()).queryParam("cursor", next).when().get("/api/v1/occurrences/" + first + "/signups")
                .then().statusCode(200).body("items.line", contains(2));
    }

    @Test
    void theOfficeReadsWhoSignedUpInArrivalOrderAsJsonPagesAndCsv() throws Exception {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now().plusDays(4);
        String occurrence = SignupTest.occurrence(district, 1, start);
        Fixtures.Volunteer a = Fixtures.volunteer(district, "V" + district + "00000011", "张伟", null);
        Fixtures.Volunteer b = Fixtures.volunteer(district, "V" + district + "00000012", "Li Ming", null);
        Fixtures.Volunteer c = Fixtures.volunteer(district, "V" + district + "00000013", "王芳", null);
        TestTokens.User office = TestTokens.user(district, "district-admin");
        SignupOnBehalfTest.onBehalf(office, occurrence, a.id()).statusCode(201);
        SignupTest.signUp(b, occurrence).statusCode(201);
        SignupTest.signUp(c, occurrence).statusCode(201);
        String path = "/api/v1/occurrences/" + occurrence + "/signups";

        String next = given().auth().oauth2(TestTokens.user(district, "organizer").token())
                .when().get(path + "?limit=2").then().statusCode(200)
                .body("items.line", contains(1, 2))
                .body("namesAvailable", equalTo(true))
                .body("items.name", contains("张伟", "Li Ming"))
                .body("items.volunteerNumber", contains("V" + district + "00000011", "V" + district + "00000012"))
                .body("items.status", contains("CONFIRMED", "WAITLISTED"))
                .body("items[0].waitlistPosition", nullValue()).body("items[1].waitlistPosition", equalTo(1))
                .body("items.signedUpOnBehalf", contains(true, false))
                .body("items.walkIn", contains(false, false))
                .extract().path("nextCursor");
        given().auth().oauth2(office.token()).when().get(path + "?limit=2&cursor=" + next).then().statusCode(200)
                .body("items.line", contains(3)).body("items[0].waitlistPosition", equalTo(2))
                .body("items[0].volunteerId", equalTo(c.id().toString())).body("items[0].name", equalTo("王芳"))
                .body("nextCursor", nullValue());

        String day = start.atZoneSameInstant(Fixtures.HARBIN).toLocalDate() + "-" + occurrence.substring(0, 8);
        ExtractableResponse<Response> zh = given().auth().oauth2(office.token()).accept("text/csv")
                .when().get(path).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"roster-" + day + ".csv\"; filename*=UTF-8''"
                        + "%E6%8A%A5%E5%90%8D%E5%90%8D%E5%8D%95-" + day + ".csv")) // 报名名单-<day>.csv
                .extract();
        List<CSVRecord> rows = csv(zh.asByteArray());
        assertThat(rows.get(0).toList()).containsExactly("序号", "姓名", "志愿者编号", "状态", "候补顺序", "报名时间", "代为报名",
                "签到时间", "签退时间", "现场参加", "服务时长(小时)", "认定时长(小时)", "时长差异原因");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).toList()).startsWith("1", "张伟", "V" + district + "00000011");
        assertThat(List.of(rows.get(1).get(3), rows.get(1).get(4), rows.get(1).get(6), rows.get(1).get(9)))
                .containsExactly("已确认", "", "是", "否");
        assertThat(List.of(rows.get(3).get(0), rows.get(3).get(1), rows.get(3).get(3), rows.get(3).get(4), rows.get(3).get(6)))
                .containsExactly("3", "王芳", "候补", "2", "否");

        byte[] en = given().auth().oauth2(office.token()).accept("text/csv").header("Accept-Language", "en-GB, zh;q=0.5")
                .when().get(path).then().statusCode(200).extract().asByteArray();
        assertThat(csv(en).get(0).toList()).startsWith("Line", "Name", "Volunteer number", "Status", "Waitlist position");
        assertThat(csv(en).get(2).get(3)).isEqualTo("Waitlisted");

        // the same as an XLSX workbook: text cells, Chinese names
        byte[] xlsx = given().auth().oauth2(office.token()).accept(RosterXlsxTest.XLSX).when().get(path).then().statusCode(200)
                .contentType(RosterXlsxTest.XLSX)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"roster-" + day + ".xlsx\""))
                .extract().asByteArray();
        assertThat(RosterXlsxTest.cells(xlsx)).hasSize(4).element(3).isEqualTo(List.of("3", "王芳", "V" + district + "00000013",
                "候补", "2", rows.get(3).get(5), "否", "", "", "否", "", "", ""));

        // another district's office, a volunteer, a brand leader: refused (another district as for an unknown occurrence: 404)
        given().auth().oauth2(TestTokens.user(Fixtures.freshDistrict(), "district-admin").token()).when().get(path)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user(Fixtures.freshDistrict(), "organizer").token()).accept("text/csv").when().get(path)
                .then().statusCode(404);
        given().auth().oauth2(a.token()).when().get(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.user(district, "brand-leader").token()).when().get(path).then().statusCode(403);
        given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/" + UUID.randomUUID() + "/signups")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(office.token()).when().get(path + "?cursor=bm9wZQ").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("cursor"));
        given().auth().oauth2(TestTokens.user(null, "city-admin").token()).when().get(path).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(3));
    }

    @Test
    void thePrintableSignInSheetIsAPdfWithTheChineseTextEmbeddedAndEnglishOnRequest() {
        String district = Fixtures.freshDistrict();
        String occurrence = SignupTest.occurrence(district, 1, OffsetDateTime.now().plusDays(5));
        Fixtures.Volunteer seated = Fixtures.volunteer(district, "V" + district + "00000041", "欧阳娜娜", null);
        Fixtures.Volunteer waiting = Fixtures.volunteer(district, "V" + district + "00000042", "Zhou Jie", null);
        Fixtures.Volunteer gone = Fixtures.volunteer(district, "V" + district + "00000043", "退出者", null);
        SignupTest.signUp(seated, occurrence).statusCode(201);
        SignupTest.signUp(gone, occurrence).statusCode(201);
        SignupTest.signUp(waiting, occurrence).statusCode(201);
        given().auth().oauth2(gone.token()).when().delete("/api/v1/occurrences/" + occurrence + "/signups/me").then().statusCode(204);
        String path = "/api/v1/occurrences/" + occurrence + "/signups";
        TestTokens.User office = TestTokens.user(district, "district-admin");

        byte[] zh = given().auth().oauth2(office.token()).accept("application/pdf").when().get(path).then().statusCode(200)
                .contentType("application/pdf").header("Content-Language", "zh-CN").extract().asByteArray();
        String text = TestDocuments.text(zh);
        assertThat(text).contains("志愿服务签到表", "Riverside clean-up", "Songhua riverbank", "Wang Fang", "姓名",
                "欧阳娜娜", "Zhou Jie", "V" + district + "00000041", "V" + district + "00000042", "候补 1", "签名")
                .doesNotContain("V" + district + "00000043").doesNotContain("退出者");
        assertThat(TestDocuments.fonts(zh)).allMatch(TestDocuments.FontUse::embedded);
        String en = TestDocuments.text(given().auth().oauth2(office.token()).accept("application/pdf")
                .header("Accept-Language", "en").when().get(path).then().statusCode(200).extract().asByteArray());
        assertThat(en).contains("Volunteer service sign-in sheet", "Name", "欧阳娜娜", "Waitlisted 1", "Signature");
        given().auth().oauth2(TestTokens.user(Fixtures.freshDistrict(), "district-admin").token()).accept("application/pdf")
                .when().get(path).then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * Names with rare characters: 𠀀 (U+20000, CJK Extension B), which the sheet's main font (fonts-wqy-microhei) lacks,
     * is printed from the fallback font (fonts-hanazono), "𠀀李" as written; 𰀀 (U+30000, Extension G), which no font
     * has, is printed as its code point, "[U+30000]王", so the organizer sees that a character is missing; never "?王".
     */
    @Test
    void aRareNameCharacterIsPrintedFromTheFallbackFontAndOneNoFontHasAsItsCodePoint() {
        String district = Fixtures.freshDistrict();
        String occurrence = SignupTest.occurrence(district, 3, OffsetDateTime.now().plusDays(5));
        Fixtures.Volunteer rare = Fixtures.volunteer(district, "V" + district + "00000051", "𠀀李", null);
        SignupTest.signUp(rare, occurrence).statusCode(201);
        Fixtures.Volunteer newer = Fixtures.volunteer(district, "V" + district + "00000052", "𰀀王", null);
        SignupTest.signUp(newer, occurrence).statusCode(201);
        String path = "/api/v1/occurrences/" + occurrence + "/signups";
        TestTokens.User office = TestTokens.user(district, "district-admin");
        given().auth().oauth2(office.token()).when().get(path).then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItems("𠀀李", "𰀀王"));
        for (String language : List.of("zh-CN", "en")) {
            byte[] pdf = given().auth().oauth2(office.token()).accept("application/pdf")
                    .header("Accept-Language", language).when().get(path).then().statusCode(200).extract().asByteArray();
            String text = TestDocuments.text(pdf);
            assertThat(text).as(language).contains("𠀀李", "[U+30000]王").doesNotContain("[U+20000]", "?李", "?王");
            assertThat(TestDocuments.fonts(pdf)).as(language).allMatch(TestDocuments.FontUse::embedded)
                    .extracting(TestDocuments.FontUse::name).anySatisfy(name -> assertThat(name).endsWith("HanaMinB"));
        }
    }

    /**
     * After completion: walk-ins and their hours. The JSON keeps the code WALK_IN and the number; the CSV, XLSX and
     * the sign-in sheet print the status in words and the hours with 2 decimals (2 hours as 2.00, as the XLSX shows).
     */
    @Test
    void afterCompletionTheRosterShowsWalkInsAndHours() throws Exception {
        String district = Fixtures.freshDistrict();
        String occurrence = Fixtures.pastOccurrence(district, 2);
        Fixtures.Volunteer walkIn = Fixtures.volunteer(district, "V" + district + "00000021");
        Fixtures.Volunteer whole = Fixtures.volunteer(district, "V" + district + "00000022");
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON)
                .body(Fixtures.participants(walkIn.id(), 1.75, null, whole.id(), 2, null))
                .when().post("/api/v1/occurrences/" + occurrence + "/completion").then().statusCode(200);
        String path = "/api/v1/occurrences/" + occurrence + "/signups";
        String office = TestTokens.user(district, "district-admin").token();
        given().auth().oauth2(office)
                .when().get(path).then().statusCode(200)
                .body("items.status", contains("WALK_IN", "WALK_IN")).body("items[0].walkIn", equalTo(true))
                .body("items[0].hours", equalTo(1.75f)).body("items[0].volunteerNumber", equalTo("V" + district + "00000021"));

        List<CSVRecord> zh = csv(given().auth().oauth2(office).accept("text/csv").when().get(path).then().statusCode(200)
                .extract().asByteArray());
        assertThat(zh.subList(1, 3)).extracting(r -> r.get(3) + " " + r.get(10))
                .containsExactlyInAnyOrder("现场参加 1.75", "现场参加 2.00");
        List<CSVRecord> en = csv(given().auth().oauth2(office).accept("text/csv").header("Accept-Language", "en").when().get(path)
                .then().statusCode(200).extract().asByteArray());
        assertThat(en.subList(1, 3)).extracting(r -> r.get(3) + " " + r.get(10))
                .containsExactlyInAnyOrder("Walk-in 1.75", "Walk-in 2.00");
        assertThat(RosterXlsxTest.cells(given().auth().oauth2(office).accept(RosterXlsxTest.XLSX).when().get(path).then()
                .statusCode(200).extract().asByteArray()).subList(1, 3)).extracting(r -> r.get(3) + " " + r.get(10))
                .containsExactlyInAnyOrder("现场参加 1.75", "现场参加 2.00");
        String sheet = TestDocuments.text(given().auth().oauth2(office).accept("application/pdf").when().get(path).then()
                .statusCode(200).extract().asByteArray());
        assertThat(sheet).contains("现场参加", "1.75", "2.00").doesNotContain("WALK_IN");
        String sheetEn = TestDocuments.text(given().auth().oauth2(office).accept("application/pdf").header("Accept-Language", "en")
                .when().get(path).then().statusCode(200).extract().asByteArray());
        assertThat(sheetEn).contains("Walk-in", "1.75", "2.00").doesNotContain("WALK_IN");
    }

    @Test
    void whileTheDirectoryIsDownTheJsonRosterAnswersWithoutNamesAndThePrintedFormsAre503() {
        String district = Fixtures.freshDistrict();
        String occurrence = SignupTest.occurrence(district, 2, OffsetDateTime.now().plusDays(6));
        Fixtures.Volunteer seated = Fixtures.volunteer(district, "V" + district + "00000051", "赵敏", null);
        SignupTest.signUp(seated, occurrence).statusCode(201);
        org.volunteernet.activity.TestVolunteerDirectory.unreachable(seated.id());
        String path = "/api/v1/occurrences/" + occurrence + "/signups";
        TestTokens.User office = TestTokens.user(district, "district-admin");

        given().auth().oauth2(office.token()).when().get(path).then().statusCode(200)
                .body("namesAvailable", equalTo(false))
                .body("items[0].volunteerId", equalTo(seated.id().toString()))
                .body("items[0].volunteerNumber", nullValue()) // activity-service keeps no numbers (VolunteerRegistered.v2)
                .body("items[0].name", nullValue()).body("items[0].status", equalTo("CONFIRMED"));
        for (String type : List.of("text/csv", "application/pdf", RosterXlsxTest.XLSX)) {
            given().auth().oauth2(office.token()).accept(type).when().get(path).then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:volunteernet:problem:service-unavailable"));
        }
        // the district check comes first: another district hears 404 (as for an unknown id), not 503
        given().auth().oauth2(TestTokens.user(Fixtures.freshDistrict(), "district-admin").token()).accept("text/csv")
                .when().get(path).then().statusCode(404);
    }
}
