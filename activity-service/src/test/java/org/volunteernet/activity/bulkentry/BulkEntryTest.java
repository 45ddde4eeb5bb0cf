package org.volunteernet.activity.bulkentry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.ActivityCompleted;

/** Issue 14: a paper sign-in sheet uploaded as CSV; all or nothing, row by row problems, the same sheet twice changes nothing. */
@QuarkusTest
class BulkEntryTest {

    static io.restassured.response.ValidatableResponse upload(TestTokens.User caller, String occurrence, String csv) {
        return given().auth().oauth2(caller.token()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/occurrences/" + occurrence + "/participant-sheet").then();
    }

    @Test
    void aSheetIsCheckedRowByRowRecordedAllOrNothingAndOnceOnly() throws Exception {
        String district = Fixtures.freshDistrict();
        String occurrence = Fixtures.pastOccurrence(district, 3); // 09:00-11:30: 2.50 hours on site
        String n = "V" + district;
        Fixtures.Volunteer seated = Fixtures.volunteer(district, n + "00000031", "张伟", null);
        Fixtures.volunteer(district, n + "00000032");
        Fixtures.volunteer(Fixtures.freshDistrict(), n + "00000033");
        fixtures.confirmedSeat(UUID.fromString(occurrence), seated.id());
        TestTokens.User office = TestTokens.user(district, "district-admin");

        String template = new String(given().auth().oauth2(office.token()).when()
                .get("/api/v1/occurrences/" + occurrence + "/participant-sheet").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"participants-"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(template).endsWith("\r\n志愿者编号,身份证号,姓名,服务时长(小时),说明\r\n" + n + "00000031,,张伟,,\r\n")
                .startsWith("\uFEFF\"# ").contains("不会回显身份证号");

        upload(office, occurrence, """
                志愿者编号,服务时长(小时),说明
                %1$s00000031,2.5,
                %1$s00000031,2,
                %1$s00000033,1,
                ,1,
                %1$s00000032,abc,
                %1$s00000034,3,
                """.formatted(n)).statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("rows[3].volunteerNumber", "rows[4].volunteerNumber",
                        "rows[5].volunteerNumber", "rows[6].hours", "rows[7].volunteerNumber"))
                .body("errors.find { it.field == 'rows[3].volunteerNumber' }.message", equalTo("与第 2 行是同一位志愿者"));
        upload(office, occurrence, "volunteerNumber,hours\n" + n + "00000031,3.0\n").statusCode(422)
                .body("errors.field", containsInAnyOrder("rows[2].hours"));
        // a reason cell stands on the same floor as any request text (here a bidirectional control) and is one line
        upload(office, occurrence, "volunteerNumber,hours,reason\n" + n + "00000031,2.5,late \u202Eetal\n"
                + n + "00000032,2,two\tcolumns\n").statusCode(422)
                .body("errors.field", containsInAnyOrder("rows[2].reason", "rows[3].reason"))
                .body("errors.find { it.field == 'rows[2].reason' }.message", equalTo("不能包含双向控制字符（U+202E）"))
                .body("errors.find { it.field == 'rows[3].reason' }.message", equalTo("必须为单行（不能含制表符或换行）"));
        // tester's finding: hours in other digits (full-width ０.５, Arabic-Indic ١.٥) were recorded; ASCII digits only,
        // and more than 2 decimals refused in a CSV as in an XLSX
        upload(office, occurrence, "volunteerNumber,hours\n" + n + "00000031,\uFF10.\uFF15\n" + n + "00000032,\u0661.\u0665\n"
                + n + "00000033,2.555\n").statusCode(422)
                .body("errors.field", hasItem("rows[2].hours")).body("errors.field", hasItem("rows[3].hours"))
                .body("errors.field", hasItem("rows[4].hours"))
                .body("errors.find { it.field == 'rows[2].hours' }.message", equalTo("必须是小时数，例如 2.5"));
        given().auth().oauth2(office.token()).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(ParticipantSheetTest.xlsx(new Object[][] {{"volunteerNumber", "hours"}, {n + "00000031", 1.4999999999}}))
                .when().post("/api/v1/occurrences/" + occurrence + "/participant-sheet").then().statusCode(422)
                .body("errors.field", contains("rows[2].hours"))
                .body("errors[0].message", equalTo("必须大于 0 且不超过 24，最多 2 位小数"));
        upload(TestTokens.user(Fixtures.freshDistrict(), "district-admin"), occurrence,
                "volunteerNumber,hours\n" + n + "00000031,2.5\n").statusCode(404);
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(Map.of("rows", 1))
                .when().post("/api/v1/occurrences/" + occurrence + "/participant-sheet").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("file"));
        // a value the sheet would not read (under no heading, or a column named twice) is refused, not dropped
        upload(office, occurrence, "志愿者编号,服务时长(小时)\n" + n + "00000031,2.5,2\n").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("第 2 行的 C 列有值，但该列没有列名；请为该列填写列名或清空该列"));
        upload(office, occurrence, "志愿者编号,服务时长(小时),hours\n" + n + "00000031,2.5,2\n").statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", equalTo("两次列出“hours”列"));
        // nothing was recorded by the refused sheets
        given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/" + occurrence + "/signups").then()
                .body("items[0].hours", nullValue());

        String sheet = "volunteerNumber,hours,reason\n" + n + "00000031,2.5,\n" + n + "00000032,2,came with a neighbour\n";
        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            upload(office, occurrence, sheet).statusCode(200).body("rows", equalTo(2)).body("walkIns", equalTo(1))
                    .body("late", equalTo(false)).body("unchanged", equalTo(false));
            ActivityCompleted completed = TopicProbe.eventOf(probe.await(r -> occurrence.equals(r.key())
                    && TopicProbe.text(r).contains("ActivityCompleted"), Duration.ofSeconds(20)), ActivityCompleted.class).orElseThrow();
            assertThat(completed.participants()).extracting(ActivityCompleted.Participant::walkIn).containsExactly(false, true);
            assertThat(completed.recordedBy()).isEqualTo(office.subject());

            upload(office, occurrence, sheet).statusCode(200).body("unchanged", equalTo(true)).body("rows", equalTo(2))
                    .body("walkIns", equalTo(1));
            assertThat(probe.drain(Duration.ofSeconds(3))).filteredOn(r -> occurrence.equals(r.key())
                    && TopicProbe.text(r).contains("ActivityCompleted")).hasSize(1); // the first upload's alone
        }
        upload(office, occurrence, "volunteerNumber,hours\n" + n + "00000031,2\n").statusCode(409);
        given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/" + occurrence + "/signups").then()
                .body("items.hours", hasItem(2.5f)).body("items.walkIn", hasItem(true));
    }

    @Test
    void theTemplateUploadsBackAsItCameEvenWithAConfirmedSeatFromAnotherDistrict() {
        // the completion API takes a confirmed seat from any district; the template lists every confirmed seat; so
        // the sheet takes them too (the trial: a Daoli volunteer listed by the template, refused on upload)
        String district = Fixtures.freshDistrict();
        String otherDistrict = Fixtures.freshDistrict();
        String occurrence = Fixtures.pastOccurrence(district, 3);
        Fixtures.Volunteer guest = Fixtures.volunteer(otherDistrict, "V" + otherDistrict + "00000041", "王芳", null);
        Fixtures.volunteer(otherDistrict, "V" + otherDistrict + "00000042", "赵敏", null); // no seat
        fixtures.confirmedSeat(UUID.fromString(occurrence), guest.id());
        TestTokens.User office = TestTokens.user(district, "district-admin");
        String template = new String(given().auth().oauth2(office.token()).when()
                .get("/api/v1/occurrences/" + occurrence + "/participant-sheet").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(template).endsWith("\r\nV" + otherDistrict + "00000041,,王芳,,\r\n");

        // another district's volunteer without a seat still reads as nobody
        upload(office, occurrence, template.replace("王芳,,", "王芳,2,") + "V" + otherDistrict + "00000042,,赵敏,1,\r\n")
                .statusCode(422).body("errors", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].field", org.hamcrest.Matchers.endsWith(".volunteerNumber"))
                .body("errors[0].message", equalTo("不是 " + district + " 区已注册的志愿者"));
        upload(office, occurrence, template.replace("王芳,,", "王芳,2,")).statusCode(200)
                .body("rows", equalTo(1)).body("walkIns", equalTo(0));
    }

    @Test
    void anXlsxSheetTakesTheSamePath() throws Exception {
        String district = Fixtures.freshDistrict();
        String occurrence = Fixtures.pastOccurrence(district, 4);
        Fixtures.Volunteer walkIn = Fixtures.volunteer(district, "V" + district + "00000051");
        byte[] workbook = ParticipantSheetTest.xlsx(new Object[][] {{"volunteerNumber", "hours"},
                {"V" + district + "00000051", 1.5}});
        given().auth().oauth2(TestTokens.user(district, "organizer").token())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(workbook)
                .when().post("/api/v1/occurrences/" + occurrence + "/participant-sheet").then().statusCode(200)
                .body("rows", equalTo(1)).body("walkIns", equalTo(1)).body("unchanged", equalTo(false));
        given().auth().oauth2(TestTokens.user(district, "district-admin").token())
                .when().get("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(200)
                .body("items[0].volunteerId", equalTo(walkIn.id().toString())).body("items[0].hours", equalTo(1.5f));
    }

    @Test
    void rowsKeyedByIdNumberAreRecordedAndTheirProblemsNeverRepeatTheNumber() {
        String district = Fixtures.freshDistrict();
        String occurrence = Fixtures.pastOccurrence(district, 5); // 09:00-11:30
        String n = "V" + district;
        String liId = "230110199003051236";
        String wangId = "23011019851224002X";
        Fixtures.Volunteer li = Fixtures.volunteer(district, n + "00000061", "李娜", liId);
        Fixtures.Volunteer wang = Fixtures.volunteer(district, n + "00000062", "王芳", wangId);
        String otherDistrictsId = "230102197001010013";
        Fixtures.volunteer(Fixtures.freshDistrict(), n + "00000063", "赵敏", otherDistrictsId);
        TestTokens.User office = TestTokens.user(district, "district-admin");

        String refused = upload(office, occurrence, """
                志愿者编号,身份证号,服务时长(小时)
                ,%s,2
                ,%s,2
                ,110101199001011237,2
                %s00000062,%s,1
                """.formatted(liId, otherDistrictsId, n, liId)).statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("rows[3].idNumber", "rows[4].idNumber", "rows[5].idNumber"))
                .extract().asString();
        assertThat(refused).doesNotContain(liId).doesNotContain(otherDistrictsId).doesNotContain("110101199001011237")
                .doesNotContain("19900305");

        // lower-case x check digit, an ID number and a number of the same volunteer in one row: recorded as walk-ins
        upload(office, occurrence, "身份证号,志愿者编号,服务时长(小时)\n" + liId + ",,2.5\n" + wangId.toLowerCase() + "," + n
                + "00000062,1.5\n").statusCode(200).body("rows", equalTo(2)).body("walkIns", equalTo(2));
        given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(200)
                .body("items.volunteerId", containsInAnyOrder(li.id().toString(), wang.id().toString()))
                .body("items.name", containsInAnyOrder("李娜", "王芳"));
        // the same people by volunteer number instead: the same sheet, nothing changes
        upload(office, occurrence, "volunteerNumber,hours\n" + n + "00000061,2.5\n" + n + "00000062,1.5\n").statusCode(200)
                .body("unchanged", equalTo(true));
    }

    @Test
    void whileTheDirectoryIsDownASheetIs503AndNothingIsRecorded() {
        String district = Fixtures.freshDistrict();
        String occurrence = Fixtures.pastOccurrence(district, 6);
        String idNumber = "230110199204180016";
        Fixtures.Volunteer v = Fixtures.volunteer(district, "V" + district + "00000071", "周杰", idNumber);
        org.volunteernet.activity.TestVolunteerDirectory.unreachable(v.id());
        TestTokens.User office = TestTokens.user(district, "district-admin");
        upload(office, occurrence, "idNumber,hours\n" + idNumber + ",2\n").statusCode(503)
                .contentType("application/problem+json").body("type", equalTo("urn:volunteernet:problem:service-unavailable"));
        given().auth().oauth2(office.token()).when().get("/api/v1/occurrences/" + occurrence + "/signups").then()
                .statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @jakarta.inject.Inject
    Fixtures fixtures;
}
