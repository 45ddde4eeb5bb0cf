package org.volunteernet.activity.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestTokens;

@QuarkusTest
class CalendarTest {

    static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getUid().orElseThrow().getValue()).sorted().toList();
    }

    record Seated(String occurrence, Fixtures.Volunteer volunteer) {
    }

    /** A one-off two-hour occurrence at {@code start} and a volunteer of the district confirmed at it. */
    static Seated seated(String district, OffsetDateTime start) {
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 5, null));
        String occurrence = Fixtures.occurrenceIds(activity, start.toLocalDate().toString(), start.toLocalDate().toString()).get(0);
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201);
        return new Seated(occurrence, v);
    }

    @Test
    void aBrandFeedIsValidIcalendarWithStableUids() throws Exception {
        String district = Fixtures.freshDistrict();
        UUID[] brandAndGroup = Fixtures.brandWithGroup(district);
        java.util.Map<String, Object> body = new java.util.HashMap<>(Fixtures.activity(district,
                OffsetDateTime.now(Fixtures.HARBIN).plusDays(1), Duration.ofMinutes(150), 20, "FREQ=WEEKLY;COUNT=4"));
        body.put("brandId", brandAndGroup[0].toString());
        Fixtures.schedule(district, body);
        String path = "/api/v1/calendar/brands/" + brandAndGroup[0] + ".ics";
        String first = given().when().get(path).then().statusCode(200).contentType("text/calendar").extract().asString();
        String second = given().when().get(path).then().statusCode(200).extract().asString();
        Calendar calendar = parse(first);
        assertThat(uids(calendar)).hasSize(4).allMatch(uid -> uid.endsWith("@volunteernet"));
        assertThat(uids(parse(second))).isEqualTo(uids(calendar));
        given().when().get("/api/v1/calendar/brands/" + UUID.randomUUID() + ".ics").then().statusCode(404);
    }

    @Test
    void aVolunteersFeedHasTheirConfirmedSeatsAndIsTheirsAlone() throws Exception {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(2);
        Seated seated = seated(district, start);
        String occurrence = seated.occurrence();
        Fixtures.Volunteer v = seated.volunteer();
        String ics = given().auth().oauth2(v.token()).when().get("/api/v1/calendar/volunteers/" + v.id() + ".ics")
                .then().statusCode(200).extract().asString();
        assertThat(uids(parse(ics))).containsExactly(occurrence + "@volunteernet");
        given().auth().oauth2(Fixtures.volunteer(district).token()).when().get("/api/v1/calendar/volunteers/" + v.id() + ".ics")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.user(district, "district-admin").token())
                .when().get("/api/v1/calendar/volunteers/" + v.id() + ".ics").then().statusCode(403);
    }

    @Test
    void aMoveRaisesSequenceAndLastModifiedWhileDtstampHoldsBetweenFetches() throws Exception {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(3).withNano(0);
        Seated seated = seated(district, start);
        String occurrence = seated.occurrence();
        Fixtures.Volunteer v = seated.volunteer();
        String path = "/api/v1/calendar/volunteers/" + v.id() + ".ics";
        String before = given().auth().oauth2(v.token()).when().get(path).then().statusCode(200).extract().asString();
        Thread.sleep(1100);
        assertThat(given().auth().oauth2(v.token()).when().get(path).then().extract().asString()).isEqualTo(before);
        VEvent first = parse(before).<VEvent>getComponents("VEVENT").get(0);
        assertThat(first.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(first.getAlarms()).hasSize(1);
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("start", start.plusHours(3).toString())).when().patch("/api/v1/occurrences/" + occurrence)
                .then().statusCode(200);
        VEvent moved = parse(given().auth().oauth2(v.token()).when().get(path).then().extract().asString())
                .<VEvent>getComponents("VEVENT").get(0);
        assertThat(moved.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(moved.getProperty("DTSTAMP").orElseThrow().getValue())
                .isNotEqualTo(first.getProperty("DTSTAMP").orElseThrow().getValue());
        assertThat(moved.getProperty("LAST-MODIFIED").orElseThrow().getValue())
                .isEqualTo(moved.getProperty("DTSTAMP").orElseThrow().getValue());
    }

    @Test
    void thePersonalFeedIsReachableAtASecretRevocableUrl() throws Exception {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now(Fixtures.HARBIN).plusDays(4);
        Seated seated = seated(district, start);
        String occurrence = seated.occurrence();
        Fixtures.Volunteer v = seated.volunteer();
        String urlPath = "/api/v1/calendar/volunteers/" + v.id() + "/feed-url";
        given().auth().oauth2(Fixtures.volunteer(district).token()).when().post(urlPath).then().statusCode(403);
        String first = given().auth().oauth2(v.token()).when().post(urlPath).then().statusCode(201).extract().path("path");
        assertThat(first).matches("/api/v1/calendar/feeds/[A-Za-z0-9_-]{43}\\.ics");
        String ics = given().when().get(first).then().statusCode(200).contentType("text/calendar").extract().asString();
        assertThat(uids(parse(ics))).containsExactly(occurrence + "@volunteernet");
        String second = given().auth().oauth2(v.token()).when().post(urlPath).then().statusCode(201).extract().path("path");
        given().when().get(first).then().statusCode(404).contentType("application/problem+json");
        given().when().get(second).then().statusCode(200);
        given().auth().oauth2(v.token()).when().delete(urlPath).then().statusCode(204);
        given().when().get(second).then().statusCode(404);
        given().auth().oauth2(v.token()).when().delete(urlPath).then().statusCode(404);
        given().when().get("/api/v1/calendar/feeds/guess.ics").then().statusCode(404);
    }
}
