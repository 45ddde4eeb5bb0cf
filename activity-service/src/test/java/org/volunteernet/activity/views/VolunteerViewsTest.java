package org.volunteernet.activity.views;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.common.testing.TestTokens;

@QuarkusTest
class VolunteerViewsTest {

    /** A day three days ahead at 09:00 in the network zone: far enough for sign-up, near enough for the default range. */
    static OffsetDateTime inThreeDays() {
        return LocalDate.now(Fixtures.HARBIN).plusDays(3).atTime(LocalTime.of(9, 0)).atZone(Fixtures.HARBIN).toOffsetDateTime();
    }

    static String only(String activity, OffsetDateTime start) {
        String day = start.toLocalDate().toString();
        return Fixtures.occurrenceIds(activity, day, day).get(0);
    }

    /** A page of my sign-ups has a cursor for me and these filters alone: another's, or with a status, is refused. */
    @Test
    void mySignupsCursorIsBoundToTheCallerAndTheFilters() {
        String district = Fixtures.freshDistrict();
        Fixtures.Volunteer me = Fixtures.volunteer(district);
        Fixtures.Volunteer other = Fixtures.volunteer(district);
        for (int day = 0; day < 2; day++) {
            OffsetDateTime start = inThreeDays().plusDays(day);
            String occurrence = only(Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 5, null)), start);
            for (Fixtures.Volunteer v : List.of(me, other)) {
                given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201);
            }
        }
        String next = given().auth().oauth2(me.token()).when().get("/api/v1/signups/me?limit=1").then().statusCode(200)
                .extract().path("nextCursor");
        given().auth().oauth2(me.token()).queryParam("cursor", next).when().get("/api/v1/signups/me?limit=1").then()
                .statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
        for (String query : new String[] {"status=CONFIRMED&limit=1", "limit=1"}) {
            Fixtures.Volunteer caller = query.startsWith("status") ? me : other;
            given().auth().oauth2(caller.token()).queryParam("cursor", next).when().get("/api/v1/signups/me?" + query).then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
    }

    @Test
    void mySignupsShowTheOccurrenceAndTheLiveWaitlistPosition() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = inThreeDays();
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 1, null));
        String occurrence = only(activity, start);
        Fixtures.Volunteer seated = Fixtures.volunteer(district);
        Fixtures.Volunteer first = Fixtures.volunteer(district);
        Fixtures.Volunteer second = Fixtures.volunteer(district);
        for (Fixtures.Volunteer v : List.of(seated, first, second)) {
            given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201);
        }
        given().auth().oauth2(second.token()).when().get("/api/v1/signups/me").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].status", equalTo("WAITLISTED"))
                .body("items[0].waitlistPosition", equalTo(2))
                .body("items[0].occurrence.id", equalTo(occurrence))
                .body("items[0].occurrence.title", equalTo("Riverside clean-up"))
                .body("items[0].occurrence.place", equalTo("Songhua riverbank"))
                .body("items[0].occurrence.start", equalTo(start.toLocalDate() + "T09:00:00+08:00"))
                .body("items[0].occurrence.end", equalTo(start.toLocalDate() + "T11:00:00+08:00"))
                .body("items[0].occurrence.status", equalTo("SCHEDULED"))
                // the sign-up's instant is in UTC; the schedule's start and end keep the network's offset
                .body("items[0].signedUpAt", org.hamcrest.Matchers.endsWith("Z"));
        given().auth().oauth2(seated.token()).when().get("/api/v1/signups/me").then().statusCode(200)
                .body("items[0].status", equalTo("CONFIRMED")).body("items[0].waitlistPosition", nullValue());

        given().auth().oauth2(seated.token()).when().delete("/api/v1/occurrences/" + occurrence + "/signups/me").then().statusCode(204);
        given().auth().oauth2(first.token()).when().get("/api/v1/signups/me").then()
                .body("items[0].status", equalTo("CONFIRMED")).body("items[0].waitlistPosition", nullValue());
        given().auth().oauth2(second.token()).when().get("/api/v1/signups/me").then()
                .body("items[0].waitlistPosition", equalTo(1));
        given().auth().oauth2(seated.token()).when().get("/api/v1/signups/me?status=CONFIRMED").then().body("items", hasSize(0));
        given().auth().oauth2(seated.token()).when().get("/api/v1/signups/me?status=WITHDRAWN").then().body("items", hasSize(1));

        // the occurrence as anyone signed in reads it: one seat, taken; one waiting
        given().auth().oauth2(TestTokens.user("230102", "volunteer").token()).when().get("/api/v1/occurrences/" + occurrence)
                .then().statusCode(200).body("title", equalTo("Riverside clean-up")).body("district", equalTo(district))
                .body("capacity", equalTo(1)).body("confirmed", equalTo(1)).body("waitlisted", equalTo(1))
                .body("freeSeats", equalTo(0)).body("serviceCategory", equalTo("ENVIRONMENT"));
        given().auth().oauth2(seated.token()).when().get("/api/v1/occurrences/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().when().get("/api/v1/occurrences/" + occurrence).then().statusCode(401);
        // an organizer who is not a registered volunteer has no sign-ups to list
        given().auth().oauth2(TestTokens.user(district, "volunteer").token()).when().get("/api/v1/signups/me").then().statusCode(403);
        given().auth().oauth2(seated.token()).when().get("/api/v1/signups/me?status=MAYBE").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void searchFindsFreeSeatsAcrossActivitiesByDistrictDateAndCategory() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = inThreeDays();
        String full = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 1, null));
        Map<String, Object> elderly = new java.util.HashMap<>(Fixtures.activity(district, start.plusHours(3), Duration.ofHours(1), 5, null));
        elderly.put("serviceCategory", "ELDERLY_CARE");
        elderly.put("title", "Visit the elderly");
        String open = Fixtures.schedule(district, elderly);
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + only(full, start) + "/signups").then().statusCode(201);
        String day = start.toLocalDate().toString();
        String token = v.token();

        given().auth().oauth2(token).when().get("/api/v1/occurrences?district=" + district + "&from=" + day + "&to=" + day)
                .then().statusCode(200).body("items", hasSize(2)).body("items[0].activityId", equalTo(full))
                .body("items[1].activityId", equalTo(open)).body("items[1].title", equalTo("Visit the elderly"));
        given().auth().oauth2(token).when().get("/api/v1/occurrences?district=" + district + "&freeSeats=true")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].activityId", equalTo(open))
                .body("items[0].freeSeats", equalTo(5));
        given().auth().oauth2(token).when().get("/api/v1/occurrences?district=" + district + "&category=ENVIRONMENT")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].activityId", equalTo(full));
        given().auth().oauth2(token).when().get("/api/v1/occurrences?district=" + district + "&from="
                + start.toLocalDate().plusDays(1)).then().statusCode(200).body("items", hasSize(0));

        // two pages of one, in start order, no overlap
        String next = given().auth().oauth2(token).when().get("/api/v1/occurrences?district=" + district + "&limit=1")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].activityId", equalTo(full))
                .extract().path("nextCursor");
        assertThat(next).isNotNull();
        given().auth().oauth2(token).when().get("/api/v1/occurrences?district=" + district + "&limit=1&cursor=" + next)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].activityId", equalTo(open))
                .body("nextCursor", nullValue());
        // the cursor belongs to its filters: with another category (or district) it is refused, not applied
        for (String other : new String[] {"district=" + district + "&category=ENVIRONMENT", "district=" + Fixtures.freshDistrict(),
                "freeSeats=true&district=" + district}) {
            given().auth().oauth2(token).when().get("/api/v1/occurrences?" + other + "&limit=1&cursor=" + next)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"))
                    .body("errors[0].message", equalTo("是为另一个列表或其他筛选条件签发的游标；请不带它重新请求第一页"));
        }

        for (String[] bad : new String[][] {{"from=2026-13-01", "from"}, {"freeSeats=yes", "freeSeats"},
                {"from=2026-01-01&to=2026-04-03", "to"}, {"from=2026-02-01&to=2026-01-01", "from"},
                {"district=12", "district"}, {"cursor=%%%", "cursor"}, {"seats=1", "seats"}, {"limit=0", "limit"}}) {
            given().auth().oauth2(token).when().get("/api/v1/occurrences?" + bad[0]).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(bad[1]));
        }
        // 92 days, both ends inclusive, is the longest range
        given().auth().oauth2(token).when().get("/api/v1/occurrences?from=2026-01-01&to=2026-04-02").then().statusCode(200);
    }

    @Test
    void minimumVolunteersIsOptionalAndAtMostTheCapacity() {
        String district = Fixtures.freshDistrict();
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.activity(district, inThreeDays(), Duration.ofHours(2), 4, null));
        body.put("minimumVolunteers", 5);
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(400).body("errors.field", hasItem("minimumVolunteers"));
        body.put("minimumVolunteers", 0);
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(400).body("errors.field", hasItem("minimumVolunteers"));
        body.put("minimumVolunteers", 3);
        String id = Fixtures.schedule(district, body);
        String organizer = TestTokens.user(district, "organizer").token();
        String etag = given().auth().oauth2(organizer).when().get("/api/v1/activities/" + id)
                .then().statusCode(200).body("minimumVolunteers", equalTo(3)).extract().header("ETag");
        given().auth().oauth2(organizer).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("minimumVolunteers", 5)).when().patch("/api/v1/activities/" + id)
                .then().statusCode(400).body("errors.field", hasItem("minimumVolunteers"));
        given().auth().oauth2(organizer).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("minimumVolunteers", 2)).when().patch("/api/v1/activities/" + id)
                .then().statusCode(200).body("minimumVolunteers", equalTo(2));
    }
}
