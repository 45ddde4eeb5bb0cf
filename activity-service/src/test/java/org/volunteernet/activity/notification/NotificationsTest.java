package org.volunteernet.activity.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.activity.notification.domain.NotificationKind;
import org.volunteernet.activity.notification.service.NotificationJob;
import org.volunteernet.activity.notification.service.Notifications;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.CertificateIssuedV1;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCorrectionRejected;
import org.volunteernet.events.StarLevelReached;

@QuarkusTest
class NotificationsTest {

    @Inject
    NotificationJob job;

    @Inject
    Notifications notifications;

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    static List<Map<String, Object>> inbox(String token, String kind) {
        List<Map<String, Object>> items = given().auth().oauth2(token).when().get("/api/v1/notifications?limit=200")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(n -> kind.equals(n.get("kind"))).toList();
    }

    static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Fixtures.HARBIN).toOffsetDateTime();
    }

    @Test
    void aRejectedCorrectionIsNotifiedToItsVolunteerOnly() {
        String district = Fixtures.freshDistrict();
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        Fixtures.Volunteer other = Fixtures.volunteer(district, "V" + district + "00000002");
        try (TestEvents events = new TestEvents()) {
            events.send("test.volunteer.events", new ServiceRecordCorrectionRejected(UUID.randomUUID(), UUID.randomUUID(), v.id(),
                    district, Instant.parse("2026-11-20T02:00:00Z")), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(v.token(), "RECORD_CORRECTION_REJECTED").size() == 1);
        assertThat(inbox(v.token(), "RECORD_CORRECTION_REJECTED").get(0).get("text"))
                .isEqualTo("您对服务记录提出的更正申请未获同意，记录保持不变；理由请在“我的更正申请”中查看。");
        assertThat(inbox(other.token(), "RECORD_CORRECTION_REJECTED")).isEmpty();
    }

    @Test
    void aCorrectionThatMovedTheDateSaysFromWhichDayToWhich() {
        String district = Fixtures.freshDistrict();
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        try (TestEvents events = new TestEvents()) {
            events.send("test.volunteer.events", new ServiceRecordCorrected(UUID.randomUUID(), UUID.randomUUID(), v.id(),
                    district, LocalDate.parse("2026-03-14"), new BigDecimal("3.00"), new BigDecimal("18.00"),
                    Instant.parse("2026-11-20T02:00:00Z"), LocalDate.parse("2026-03-05")), "/volunteer-service");
            events.send("test.volunteer.events", new ServiceRecordCorrected(UUID.randomUUID(), UUID.randomUUID(), v.id(),
                    district, LocalDate.parse("2026-04-02"), new BigDecimal("2.50"), new BigDecimal("2.50"),
                    Instant.parse("2026-11-20T03:00:00Z"), LocalDate.parse("2026-04-01")), "/volunteer-service");
            // hours only, as every event before previousDate existed
            events.send("test.volunteer.events", new ServiceRecordCorrected(UUID.randomUUID(), UUID.randomUUID(), v.id(),
                    district, LocalDate.parse("2026-05-09"), new BigDecimal("2.50"), new BigDecimal("3.00"),
                    Instant.parse("2026-11-20T04:00:00Z"), null), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(v.token(), "RECORD_CORRECTED").size() == 3);
        assertThat(inbox(v.token(), "RECORD_CORRECTED")).extracting(n -> n.get("text")).containsExactlyInAnyOrder(
                "您 2026-03-05 的服务记录已更正：日期改为 2026-03-14，3 小时改为 18 小时。",
                "您 2026-04-01 的服务记录已更正：日期改为 2026-04-02，时长 2.5 小时不变。",
                "您 2026-05-09 的服务记录已更正：2.5 小时改为 3 小时。");
        List<Map<String, Object>> english = given().auth().oauth2(v.token()).header("Accept-Language", "en")
                .when().get("/api/v1/notifications?limit=200").then().statusCode(200).extract().path("items");
        assertThat(english).extracting(n -> n.get("text")).containsExactlyInAnyOrder(
                "Your service record of 2026-03-05 was corrected: moved to 2026-03-14, and from 3 to 18 hours.",
                "Your service record of 2026-04-01 was corrected: moved to 2026-04-02, still 2.5 hours.",
                "Your service record of 2026-05-09 was corrected from 2.5 to 3 hours.");
    }

    @Test
    void aStarLevelDeliveredTwiceIsNotifiedOnceInTheReadersLanguage() {
        String district = Fixtures.freshDistrict();
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        byte[] level2 = TestEvents.cloudEvent(new StarLevelReached(v.id(), district, 2, new BigDecimal("100.50"),
                Instant.parse("2026-11-20T02:00:00Z")), "/volunteer-service");
        try (TestEvents events = new TestEvents()) {
            events.send("test.volunteer.events", v.id().toString(), level2);
            events.send("test.volunteer.events", v.id().toString(), level2); // the same event (same id) again
            // then another event of the same volunteer (same partition): once it is there, both copies were consumed
            // a v1 event (still on the topics) is read as v2: its verification code goes into no notification
            events.send("test.volunteer.events", new CertificateIssuedV1(UUID.randomUUID(), v.id(), district, "AB12CD34",
                    new BigDecimal("100.5"), Instant.parse("2026-11-20T03:00:00Z")), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(v.token(), "CERTIFICATE_ISSUED").size() == 1);
        assertThat(inbox(v.token(), "STAR_LEVEL_REACHED")).hasSize(1).first()
                .satisfies(n -> assertThat(n.get("text")).isEqualTo("恭喜！您的志愿服务时长已达 100.5 小时，晋升为2星级志愿者。"));
        given().auth().oauth2(v.token()).header("Accept-Language", "en").when().get("/api/v1/notifications?unread=true")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items[0].kind", equalTo("CERTIFICATE_ISSUED"))
                .body("items[0].text", equalTo("Your certificate of volunteer service (100.5 hours) was issued; see and download it under your certificates."))
                .body("items[1].title", equalTo("Star level reached"))
                .body("items[1].text", equalTo("Congratulations: 100.5 verified hours make you a 2-star volunteer."));
    }

    @Test
    void promotionCancellationAndMoveReachEachVolunteerOnceAndNobodyElse() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = at(LocalDate.now(Fixtures.HARBIN).plusDays(4), 9);
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 1, null));
        String occurrence = Fixtures.occurrenceIds(activity, start.toLocalDate().toString(), start.toLocalDate().toString()).get(0);
        Fixtures.Volunteer seated = Fixtures.volunteer(district);
        Fixtures.Volunteer waiting = Fixtures.volunteer(district);
        for (Fixtures.Volunteer v : List.of(seated, waiting)) {
            given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201);
        }
        given().auth().oauth2(seated.token()).when().delete("/api/v1/occurrences/" + occurrence + "/signups/me").then().statusCode(204);
        List<Map<String, Object>> promoted = inbox(waiting.token(), "WAITLIST_PROMOTED");
        assertThat(promoted).hasSize(1);
        assertThat(promoted.get(0).get("text")).isEqualTo("您已从候补转为正式报名：Riverside clean-up，"
                + start.toLocalDate() + " 09:00，地点：Songhua riverbank。");
        assertThat(inbox(seated.token(), "WAITLIST_PROMOTED")).isEmpty();

        String organizer = TestTokens.user(district, "organizer").token();
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("start", start.plusHours(2).toString(), "place", "Community centre"))
                .when().patch("/api/v1/occurrences/" + occurrence).then().statusCode(200);
        assertThat(inbox(waiting.token(), "OCCURRENCE_MOVED")).singleElement().satisfies(n -> assertThat(n.get("text"))
                .isEqualTo("Riverside clean-up 改为 " + start.toLocalDate() + " 11:00 至 " + start.toLocalDate()
                        + " 13:00，地点：Community centre。"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("scope", "THIS", "reason", "Storm warning"))
                .when().post("/api/v1/occurrences/" + occurrence + "/cancellation").then().statusCode(200);
        assertThat(inbox(waiting.token(), "OCCURRENCE_CANCELLED")).singleElement()
                .satisfies(n -> assertThat((String) n.get("text")).endsWith("已取消。原因：Storm warning"));
        assertThat(inbox(seated.token(), "OCCURRENCE_CANCELLED")).isEmpty(); // withdrew before

        // another's notification: invisible and 404 to mark; marking one's own is idempotent
        String id = (String) promoted.get(0).get("id");
        given().auth().oauth2(seated.token()).when().post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        given().auth().oauth2(organizer).when().post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        String readAt = given().auth().oauth2(waiting.token()).when().post("/api/v1/notifications/" + id + "/read")
                .then().statusCode(200).extract().path("readAt");
        assertThat(readAt).isNotNull().endsWith("Z"); // ...At instants are answered in UTC, not +08:00
        assertThat((String) promoted.get(0).get("createdAt")).endsWith("Z");
        given().auth().oauth2(waiting.token()).when().post("/api/v1/notifications/" + id + "/read")
                .then().statusCode(200).body("readAt", equalTo(readAt));
        given().auth().oauth2(waiting.token()).when().get("/api/v1/notifications?unread=true").then().body("items", hasSize(2));
        given().auth().oauth2(waiting.token()).when().post("/api/v1/notifications/read-all").then().statusCode(200)
                .body("marked", equalTo(2));
        given().auth().oauth2(waiting.token()).when().get("/api/v1/notifications?unread=true").then().body("items", hasSize(0));
        given().auth().oauth2(waiting.token()).when().get("/api/v1/notifications?unread=maybe").then().statusCode(400);
        given().when().get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void remindersComeFromTheDataOnceEachAcrossRuns() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = at(LocalDate.now(Fixtures.HARBIN).plusDays(5), 9);
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), 1, null));
        String occurrence = Fixtures.occurrenceIds(activity, start.toLocalDate().toString(), start.toLocalDate().toString()).get(0);
        Fixtures.Volunteer seated = Fixtures.volunteer(district);
        Fixtures.Volunteer waiting = Fixtures.volunteer(district);
        for (Fixtures.Volunteer v : List.of(seated, waiting)) {
            given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201);
        }
        Instant s = start.toInstant();
        job.runAt(s.minus(Duration.ofHours(25)));
        assertThat(inbox(seated.token(), "REMINDER_24H")).isEmpty();
        job.runAt(s.minus(Duration.ofHours(23)));
        job.runAt(s.minus(Duration.ofHours(23)).plusSeconds(60)); // the next run: nothing new
        assertThat(inbox(seated.token(), "REMINDER_24H")).singleElement().satisfies(n -> assertThat(n.get("text"))
                .isEqualTo("提醒：您报名的 Riverside clean-up 将于 " + start.toLocalDate() + " 09:00 开始，地点：Songhua riverbank。"));
        assertThat(inbox(seated.token(), "REMINDER_2H")).isEmpty();
        job.runAt(s.minus(Duration.ofMinutes(90)));
        job.runAt(s.minus(Duration.ofMinutes(89)));
        assertThat(inbox(seated.token(), "REMINDER_2H")).hasSize(1);
        assertThat(inbox(seated.token(), "REMINDER_24H")).hasSize(1);
        assertThat(inbox(waiting.token(), "REMINDER_24H")).isEmpty(); // reminders are for confirmed seats
        assertThat(inbox(waiting.token(), "REMINDER_2H")).isEmpty();
    }

    @Test
    void theOrganizerIsWarnedOfAShortOccurrence48HoursAhead() {
        String district = Fixtures.freshDistrict();
        TestTokens.User organizer = TestTokens.user(district, "organizer");
        OffsetDateTime start = at(LocalDate.now(Fixtures.HARBIN).plusDays(6), 14);
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.activity(district, start, Duration.ofHours(2), 5, null));
        body.put("minimumVolunteers", 3);
        String activity = given().auth().oauth2(organizer.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(201).extract().path("id");
        String occurrence = Fixtures.occurrenceIds(activity, start.toLocalDate().toString(), start.toLocalDate().toString()).get(0);
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201);
        Instant s = start.toInstant();
        job.runAt(s.minus(Duration.ofHours(49)));
        assertThat(inbox(organizer.token(), "OCCURRENCE_SHORT_OF_VOLUNTEERS")).isEmpty();
        job.runAt(s.minus(Duration.ofHours(47)));
        job.runAt(s.minus(Duration.ofHours(46)));
        assertThat(inbox(organizer.token(), "OCCURRENCE_SHORT_OF_VOLUNTEERS")).singleElement()
                .satisfies(n -> assertThat(n.get("text")).isEqualTo("Riverside clean-up（" + start.toLocalDate()
                        + " 14:00）目前仅 1 人确认报名，少于最低人数 3。"));
        assertThat(inbox(v.token(), "OCCURRENCE_SHORT_OF_VOLUNTEERS")).isEmpty();
    }

    @Test
    void theOrganizerIsWarnedWhenThreeWorkingDaysAreLeftToRecord() {
        String district = Fixtures.freshDistrict();
        TestTokens.User organizer = TestTokens.user(district, "organizer");
        OffsetDateTime future = at(LocalDate.now(Fixtures.HARBIN).plusDays(7), 9);
        String activity = given().auth().oauth2(organizer.token()).contentType(ContentType.JSON)
                .body(Fixtures.activity(district, future, Duration.ofMinutes(150), 5, null))
                .when().post("/api/v1/activities").then().statusCode(201).extract().path("id");
        String occurrence = Fixtures.occurrenceIds(activity, future.toLocalDate().toString(), future.toLocalDate().toString()).get(0);
        // held on Thursday 2026-09-24 (before the Mid-Autumn and National Day holidays): deadline Thursday 2026-10-15
        // (working days Sep 28, 29, 30, Oct 8, 9, 10 (make-up Saturday), 12, 13, 14, 15)
        fixtures.moveOccurrence(UUID.fromString(occurrence), Instant.parse("2026-09-24T01:00:00Z"),
                Instant.parse("2026-09-24T03:30:00Z"));
        job.runAt(Instant.parse("2026-10-11T02:00:00Z")); // Sunday: 4 working days left (12, 13, 14, 15)
        assertThat(inbox(organizer.token(), "RECORD_DEADLINE_NEAR")).isEmpty();
        job.runAt(Instant.parse("2026-10-12T02:00:00Z")); // Monday: 3 left (13, 14, 15)
        job.runAt(Instant.parse("2026-10-13T02:00:00Z"));
        assertThat(inbox(organizer.token(), "RECORD_DEADLINE_NEAR")).singleElement().satisfies(n -> {
            assertThat(n.get("text")).isEqualTo("Riverside clean-up（2026-09-24 09:00）尚未录入服务记录，距截止日 2026-10-15 还剩 3 个工作日。");
        });
    }

    @Test
    void theLiveStreamDeliversTheCallersNewNotificationsOnly() throws Exception {
        Fixtures.Volunteer me = Fixtures.volunteer(Fixtures.freshDistrict());
        Fixtures.Volunteer other = Fixtures.volunteer(Fixtures.freshDistrict());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + me.token()).header("Accept", "text/event-stream")
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> new Thread(() -> r.body().forEach(lines::add)).start());
        String data = null;
        // a notification for the other volunteer, then one for me, until mine arrives (the stream starts after the
        // newest notification at connection time, so the first ones may come before it)
        for (int i = 0; i < 40 && data == null; i++) {
            int round = i;
            QuarkusTransaction.requiringNew().run(() -> {
                notifications.add(NotificationKind.volunteer(other.id()), NotificationKind.STAR_LEVEL_REACHED, "sse-" + round,
                        Map.of("level", "9", "hours", "999"), Instant.now());
                notifications.add(NotificationKind.volunteer(me.id()), NotificationKind.STAR_LEVEL_REACHED, "sse-" + round,
                        Map.of("level", "3", "hours", "300"), Instant.now());
            });
            String line;
            while ((line = lines.poll(500, TimeUnit.MILLISECONDS)) != null) {
                assertThat(line).doesNotContain("999");
                if (line.startsWith("data:")) {
                    data = line;
                    break;
                }
            }
        }
        assertThat(response.get(1, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        // issue 18: the stream's head too says no-store and nosniff (JAX-RS response filters never see it)
        assertThat(response.get(1, TimeUnit.SECONDS).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.get(1, TimeUnit.SECONDS).headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(data).isNotNull().contains("\"kind\":\"STAR_LEVEL_REACHED\"")
                .contains("Congratulations: 300 verified hours make you a 3-star volunteer.");
        response.cancel(true);

        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
