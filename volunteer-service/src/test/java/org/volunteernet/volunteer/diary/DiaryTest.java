package org.volunteernet.volunteer.diary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DiaryEntryWritten;
import org.volunteernet.events.EventCodec;
import org.volunteernet.volunteer.Registrations;

@QuarkusTest
class DiaryTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String SHORTCOMING = "Lost my temper in a queue";

    @Inject
    EntityManager entityManager;

    static Map<String, Object> entry(LocalDate date, String deed) {
        return Map.of("date", date.toString(),
                "deeds", List.of(Map.of("category", "NEIGHBOURHOOD", "description", deed, "minutes", 30, "atPost", false)),
                "shortcomings", List.of(Map.of("description", SHORTCOMING, "correction", "Apologised the same day")),
                "reflection", "Patience is a deed too.");
    }

    static io.restassured.response.ValidatableResponse write(Registrations.Registered volunteer, Map<String, Object> body) {
        return given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers/" + volunteer.id() + "/diary").then();
    }

    /** Moves an entry back in time, as if it had been written days ago. */
    @Transactional
    void backdate(String volunteerId, LocalDate from, LocalDate to) {
        entityManager.createNativeQuery("UPDATE diary_entry SET entry_date = ?3 WHERE volunteer_id = ?1 AND entry_date = ?2")
                .setParameter(1, UUID.fromString(volunteerId)).setParameter(2, from).setParameter(3, to).executeUpdate();
    }

    @Test
    void aDaysEntryPublishesItsDeedsAndCountsButNeverItsShortcomings() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        try (TopicProbe probe = TopicProbe.open("test.volunteer.events")) {
            write(volunteer, entry(TODAY, "Carried groceries for a neighbour")).statusCode(201)
                    .body("date", equalTo(TODAY.toString()))
                    .body("deeds", hasSize(1)).body("deeds[0].verified", equalTo(false))
                    .body("shortcomings[0].description", equalTo(SHORTCOMING))
                    .body("editable", equalTo(true));
            ConsumerRecord<String, byte[]> written = probe.await(r -> volunteer.id().equals(r.key())
                    && TopicProbe.text(r).contains("DiaryEntryWritten"), Duration.ofSeconds(20));
            DiaryEntryWritten counts = EventCodec.parse(written.value()).dataAs(DiaryEntryWritten.class);
            assertThat(counts.deedCount()).isEqualTo(1);
            assertThat(counts.shortcomingCount()).isEqualTo(1);
            assertThat(counts.correctionCount()).isEqualTo(1);
            assertThat(counts.hasReflection()).isTrue();
            ConsumerRecord<String, byte[]> deed = probe.await(r -> volunteer.id().equals(r.key())
                    && TopicProbe.text(r).contains("DeedRecorded"), Duration.ofSeconds(20));
            DeedRecorded recorded = EventCodec.parse(deed.value()).dataAs(DeedRecorded.class);
            assertThat(recorded.verified()).isFalse();
            assertThat(recorded.minutes()).isEqualTo(30);
            assertThat(probe.drain(Duration.ofMillis(500))).filteredOn(r -> volunteer.id().equals(r.key()))
                    .allSatisfy(r -> assertThat(TopicProbe.text(r)).doesNotContain(SHORTCOMING, "Apologised", "Patience"));
        }
    }

    /**
     * A new entry's Location is the day's entry, which its volunteer reads (as the list shows it); the diary stays
     * personal: another volunteer is refused as for the list, and a self-reported deed is its volunteer's alone
     * (GET /deeds/{id}: the district's organizer gets the 404 of an unknown id).
     */
    @Test
    void theLocationOfANewEntryIsTheDaysEntryAndStaysPersonal() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        var created = write(volunteer, entry(TODAY, "Fixed a neighbour's bicycle")).statusCode(201).extract();
        String path = java.net.URI.create(created.header("Location")).getPath();
        assertThat(path).isEqualTo("/api/v1/volunteers/" + volunteer.id() + "/diary/" + TODAY);
        given().auth().oauth2(volunteer.token()).when().get(path).then().statusCode(200)
                .body("date", equalTo(TODAY.toString())).body("deeds[0].description", equalTo("Fixed a neighbour's bicycle"))
                .body("shortcomings[0].description", equalTo(SHORTCOMING));
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + volunteer.id() + "/diary/"
                + TODAY.minusDays(5)).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Registrations.selfRegistered("230110").token()).when().get(path).then().statusCode(404);

        String deedId = created.path("deeds[0].id");
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/deeds/" + deedId).then().statusCode(200)
                .body("verified", equalTo(false));
        String organizer = TestTokens.user("230110", "organizer").token();
        String unknown = UUID.randomUUID().toString();
        String ofTheirs = given().auth().oauth2(organizer).when().get("/api/v1/deeds/" + deedId).then().statusCode(404)
                .extract().path("detail");
        String ofNobody = given().auth().oauth2(organizer).when().get("/api/v1/deeds/" + unknown).then().statusCode(404)
                .extract().path("detail");
        assertThat(ofTheirs.replace(deedId, "ID")).isEqualTo(ofNobody.replace(unknown, "ID"));
    }

    @Test
    void writingTheSameDayAgainAddsNewDeedsOnceAndKeepsWhatWasNotSent() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        write(volunteer, entry(TODAY, "Carried groceries")).statusCode(201);
        Map<String, Object> again = Map.of("date", TODAY.toString(), "deeds", List.of(
                Map.of("category", "NEIGHBOURHOOD", "description", "Carried groceries", "minutes", 30, "atPost", false),
                Map.of("category", "AT_POST", "description", "Helped a lost passenger", "minutes", 15, "atPost", true)),
                "reflection", "Better today.");
        write(volunteer, again).statusCode(200)
                .body("deeds", hasSize(2)).body("shortcomings", hasSize(1)).body("reflection", equalTo("Better today."));
    }

    @Test
    void yesterdayIsStillOpenButNotTheDayBeforeNorTomorrow() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        write(volunteer, entry(TODAY.minusDays(1), "Shovelled snow")).statusCode(201);
        write(volunteer, entry(TODAY.minusDays(2), "Shovelled snow")).statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:volunteernet:problem:diary-closed"));
        write(volunteer, entry(TODAY.plusDays(1), "Shovelled snow")).statusCode(400).body("errors.field", hasItem("date"));
    }

    @Test
    void anEntryCannotBeEditedAfterItsWindowCloses() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        write(volunteer, entry(TODAY, "Shovelled snow")).statusCode(201);
        LocalDate threeDaysAgo = TODAY.minusDays(3);
        backdate(volunteer.id(), TODAY, threeDaysAgo);
        write(volunteer, entry(threeDaysAgo, "A deed added afterwards")).statusCode(409);
        given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/diary?from=" + threeDaysAgo + "&to=" + threeDaysAgo)
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].deeds", hasSize(1)).body("items[0].deeds[0].description", equalTo("Shovelled snow"))
                .body("items[0].editable", equalTo(false));
    }

    /** A diary page's cursor belongs to its from/to: with another range it is a 400 naming cursor, not a shifted page. */
    @Test
    void aDiaryCursorIsBoundToItsRange() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        write(volunteer, entry(TODAY, "Shovelled snow")).statusCode(201);
        backdate(volunteer.id(), TODAY, TODAY.minusDays(2));
        write(volunteer, entry(TODAY, "Carried groceries")).statusCode(201);
        String diary = "/api/v1/volunteers/" + volunteer.id() + "/diary";
        String cursor = given().auth().oauth2(volunteer.token()).when().get(diary + "?limit=1").then().statusCode(200)
                .body("items[0].date", equalTo(TODAY.toString())).extract().path("nextCursor");
        given().auth().oauth2(volunteer.token()).queryParam("cursor", cursor).when().get(diary + "?limit=1").then()
                .statusCode(200).body("items[0].date", equalTo(TODAY.minusDays(2).toString()));
        given().auth().oauth2(volunteer.token()).queryParam("cursor", cursor).when().get(diary + "?limit=1&from=" + TODAY.minusDays(10))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", equalTo("是为另一个列表或其他筛选条件签发的游标；请不带它重新请求第一页"));
    }

    @Test
    void theDiaryIsTheOwnersAloneShortcomingsIncluded() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        write(volunteer, entry(TODAY, "Carried groceries")).statusCode(201);
        String path = "/api/v1/volunteers/" + volunteer.id() + "/diary";
        given().auth().oauth2(volunteer.token()).when().get(path)
                .then().statusCode(200).body("items[0].shortcomings[0].description", equalTo(SHORTCOMING));
        for (TestTokens.User other : new TestTokens.User[] {TestTokens.user("230110", "district-admin"),
                TestTokens.user(null, "city-admin"), TestTokens.user("230110", "volunteer"),
                TestTokens.user("230110", "organizer")}) {
            // the other roles never read a diary (403); another volunteer hears 404, as for an unknown id
            int refused = other.roles().contains("volunteer") ? 404 : 403;
            given().auth().oauth2(other.token()).when().get(path).then().statusCode(refused);
            given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(entry(TODAY, "x"))
                    .when().post(path).then().statusCode(refused);
        }
        given().when().get(path).then().statusCode(401);
    }

    @Test
    void invalidDeedsAre400NamingTheField() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        write(volunteer, Map.of("date", TODAY.toString(),
                "deeds", List.of(Map.of("category", "neighbourhood", "description", " ", "minutes", 0))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("deeds[0].minutes"))
                .body("errors.field", hasItem("deeds[0].description"))
                .body("errors.field", hasItem("deeds[0].category"));
        given().auth().oauth2(volunteer.token())
                .when().get("/api/v1/volunteers/" + volunteer.id() + "/diary?from=2026-02-01&to=2026-01-01")
                .then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void streaksCountConsecutiveDaysAndTheOfficeMaySeeThem() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        // an old run of three days, then yesterday and today
        for (int daysAgo : new int[] {12, 11, 10}) {
            write(volunteer, entry(TODAY, "Old deed " + daysAgo)).statusCode(201);
            backdate(volunteer.id(), TODAY, TODAY.minusDays(daysAgo));
        }
        write(volunteer, entry(TODAY.minusDays(1), "Yesterday")).statusCode(201);
        write(volunteer, entry(TODAY, "Today")).statusCode(201);
        String path = "/api/v1/volunteers/" + volunteer.id() + "/streak";
        given().auth().oauth2(volunteer.token()).when().get(path)
                .then().statusCode(200)
                .body("currentStreak", equalTo(2)).body("longestStreak", equalTo(3))
                .body("lastEntryDate", equalTo(TODAY.toString()))
                .body("activeMonths", hasItem(TODAY.getMonthValue()));
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token()).when().get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).when().get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.user("230110", "volunteer").token()).when().get(path).then().statusCode(404);
    }
}
