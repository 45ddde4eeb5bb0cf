package org.volunteernet.activity.signup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.SignupConfirmed;

@QuarkusTest
class SignupTest {

    static String occurrence(String district, int capacity, OffsetDateTime start) {
        String activity = Fixtures.schedule(district, Fixtures.activity(district, start, Duration.ofHours(2), capacity, null));
        String day = start.atZoneSameInstant(Fixtures.HARBIN).toLocalDate().toString();
        return Fixtures.occurrenceIds(activity, day, day).get(0);
    }

    static io.restassured.response.ValidatableResponse signUp(Fixtures.Volunteer v, String occurrence) {
        return given().auth().oauth2(v.token()).when().post("/api/v1/occurrences/" + occurrence + "/signups").then();
    }

    /**
     * Withdrawing takes no body: one sent anyway ({"reason":...}, which nothing would read) is a 400 naming body, in
     * Chinese by default, and the sign-up stands; an empty body with a Content-Type is no body.
     */
    @Test
    void aBodySentToAnOperationThatTakesNoneIsRefusedAndChangesNothing() {
        String district = Fixtures.freshDistrict();
        String occurrence = occurrence(district, 2, OffsetDateTime.now().plusDays(2));
        Fixtures.Volunteer a = Fixtures.volunteer(district);
        signUp(a, occurrence).statusCode(201);
        given().auth().oauth2(a.token()).contentType("application/json").body("{\"reason\":\"ill\"}")
                .when().delete("/api/v1/occurrences/" + occurrence + "/signups/me").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("此操作不接受请求体；请不要发送请求体"));
        signUp(a, occurrence).statusCode(409); // still signed up
        given().auth().oauth2(a.token()).contentType("application/json").body("")
                .when().delete("/api/v1/occurrences/" + occurrence + "/signups/me").then().statusCode(204);
    }

    @Test
    void seatsConfirmThenTheWaitlistFillsAndAWithdrawalPromotesTheFirstWaiting() {
        String district = Fixtures.freshDistrict();
        String occurrence = occurrence(district, 2, OffsetDateTime.now().plusDays(2));
        Fixtures.Volunteer a = Fixtures.volunteer(district);
        Fixtures.Volunteer b = Fixtures.volunteer(district);
        Fixtures.Volunteer c = Fixtures.volunteer(district);
        Fixtures.Volunteer d = Fixtures.volunteer(district);
        signUp(a, occurrence).statusCode(201).body("status", equalTo("CONFIRMED"));
        signUp(b, occurrence).statusCode(201).body("status", equalTo("CONFIRMED"));
        signUp(c, occurrence).statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        signUp(d, occurrence).statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));
        signUp(a, occurrence).statusCode(409);

        try (TopicProbe probe = TopicProbe.open("test.activity.events")) {
            given().auth().oauth2(a.token()).when().delete("/api/v1/occurrences/" + occurrence + "/signups/me").then().statusCode(204);
            ConsumerRecord<String, byte[]> promoted = probe.await(r -> TopicProbe.text(r).contains("SignupConfirmed")
                    && TopicProbe.text(r).contains(c.id().toString()), Duration.ofSeconds(20));
            assertThat(EventCodec.parse(promoted.value()).dataAs(SignupConfirmed.class).promotedFromWaitlist()).isTrue();
        }
        Occurrence after = Occurrence.findById(UUID.fromString(occurrence));
        assertThat(after.confirmed).isEqualTo(2);
        assertThat(after.waitlisted).isEqualTo(1);
        assertThat(Signup.of(after.id, c.id()).orElseThrow().status).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(Signup.of(after.id, d.id()).orElseThrow().status).isEqualTo(SignupStatus.WAITLISTED);
        given().auth().oauth2(a.token()).when().delete("/api/v1/occurrences/" + occurrence + "/signups/me").then().statusCode(404);
    }

    /**
     * A sign-up's Location answers 200 to its volunteer and the roster's readers (the district's organizers and office,
     * a city-admin), with the waitlist place; another volunteer, another district's office or organizer, and the path
     * under another occurrence get the very 404 of an unknown id.
     */
    @Test
    void theLocationOfASignUpIsReadableByItsVolunteerAndTheRosterAndNobodyElse() {
        String district = Fixtures.freshDistrict();
        String occurrence = occurrence(district, 1, OffsetDateTime.now().plusDays(2));
        Fixtures.Volunteer a = Fixtures.volunteer(district);
        Fixtures.Volunteer b = Fixtures.volunteer(district);
        signUp(a, occurrence).statusCode(201);
        var waiting = signUp(b, occurrence).statusCode(201).extract();
        String id = waiting.path("id");
        String path = java.net.URI.create(waiting.header("Location")).getPath();
        assertThat(path).isEqualTo("/api/v1/occurrences/" + occurrence + "/signups/" + id);
        for (String reader : new String[] {b.token(), TestTokens.user(district, "organizer").token(),
                TestTokens.user(district, "district-admin").token(), TestTokens.user(Fixtures.freshDistrict(), "city-admin").token()}) {
            given().auth().oauth2(reader).when().get(path).then().statusCode(200).body("id", equalTo(id))
                    .body("volunteerId", equalTo(b.id().toString())).body("status", equalTo("WAITLISTED"))
                    .body("waitlistPosition", equalTo(1));
        }
        String unknown = UUID.randomUUID().toString();
        String otherOccurrence = occurrence(district, 1, OffsetDateTime.now().plusDays(3));
        String elsewhere = Fixtures.freshDistrict();
        for (String outsider : new String[] {a.token(), TestTokens.user(elsewhere, "organizer").token(),
                TestTokens.user(elsewhere, "district-admin").token()}) {
            String ofTheirs = given().auth().oauth2(outsider).when().get(path).then().statusCode(404)
                    .contentType("application/problem+json").extract().path("detail");
            String ofNobody = given().auth().oauth2(outsider).when()
                    .get("/api/v1/occurrences/" + occurrence + "/signups/" + unknown).then().statusCode(404).extract().path("detail");
            assertThat(ofTheirs.replace(id, "ID")).isEqualTo(ofNobody.replace(unknown, "ID"));
        }
        given().auth().oauth2(b.token()).when().get("/api/v1/occurrences/" + otherOccurrence + "/signups/" + id)
                .then().statusCode(404);
    }

    @Test
    void manySimultaneousSignUpsForTheLastSeatsNeverOverfillAndLoseNobody() throws Exception {
        String district = Fixtures.freshDistrict();
        int capacity = 5;
        int volunteers = 24;
        String occurrence = occurrence(district, capacity, OffsetDateTime.now().plusDays(3));
        List<Fixtures.Volunteer> crowd = new ArrayList<>();
        for (int i = 0; i < volunteers; i++) {
            crowd.add(Fixtures.volunteer(district));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Fixtures.Volunteer v : crowd) {
            String token = v.token();
            Callable<Integer> call = () -> given().auth().oauth2(token)
                    .when().post("/api/v1/occurrences/" + occurrence + "/signups").then().extract().statusCode();
            answers.add(pool.submit(call));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(201);
        }
        pool.shutdown();
        UUID id = UUID.fromString(occurrence);
        assertThat(Signup.count("occurrenceId = ?1 and status = ?2", id, SignupStatus.CONFIRMED)).isEqualTo(capacity);
        assertThat(Signup.count("occurrenceId = ?1 and status = ?2", id, SignupStatus.WAITLISTED)).isEqualTo(volunteers - capacity);
        Occurrence after = Occurrence.findById(id);
        assertThat(after.confirmed).isEqualTo(capacity);
        assertThat(after.waitlisted).isEqualTo(volunteers - capacity);
    }

    @Test
    void aVolunteerCannotHoldTwoOverlappingSeats() {
        String district = Fixtures.freshDistrict();
        OffsetDateTime start = OffsetDateTime.now().plusDays(4);
        String first = occurrence(district, 5, start);
        String overlapping = occurrence(district, 5, start.plusHours(1));
        String later = occurrence(district, 5, start.plusHours(3));
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        signUp(v, first).statusCode(201);
        signUp(v, overlapping).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("同一时间"));
        signUp(v, later).statusCode(201);
    }

    @Test
    void aSignUpRetriedWithItsIdempotencyKeyGetsTheSameSeat() {
        String district = Fixtures.freshDistrict();
        String occurrence = occurrence(district, 5, OffsetDateTime.now().plusDays(2));
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(v.token()).header("Idempotency-Key", key)
                .when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(201).extract().path("id");
        String retried = given().auth().oauth2(v.token()).header("Idempotency-Key", key)
                .when().post("/api/v1/occurrences/" + occurrence + "/signups")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(retried).isEqualTo(first);
        assertThat(Occurrence.<Occurrence>findById(UUID.fromString(occurrence)).confirmed).isEqualTo(1);
    }

    @Test
    void onlyRegisteredVolunteersSignUpAndUnknownOccurrencesAre404() {
        String district = Fixtures.freshDistrict();
        String occurrence = occurrence(district, 5, OffsetDateTime.now().plusDays(2));
        given().auth().oauth2(TestTokens.user(district, "volunteer").token())
                .when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(403);
        given().auth().oauth2(TestTokens.user(district, "organizer").token())
                .when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(403);
        given().auth().oauth2(Fixtures.volunteer(district).token())
                .when().post("/api/v1/occurrences/" + UUID.randomUUID() + "/signups").then().statusCode(404);
        given().when().post("/api/v1/occurrences/" + occurrence + "/signups").then().statusCode(401);
    }
}
