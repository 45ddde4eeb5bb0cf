package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: names on the roster and the sign-in sheet come from volunteer-service's directory, which
 * activity-service asks with a client-credentials token of volunteer-network-services (real Keycloak).
 * People's tokens are refused by the directory; the roster of a seeded occurrence and of a new one shows
 * the volunteers' real names, in Chinese too.
 */
class VolunteerDirectoryIT {

    static final String DIRECTORY = Network.VOLUNTEERS + "/api/v1/volunteers/directory";

    @Test
    void theDirectoryAnswersTheServicesAndRefusesEveryPerson() {
        String office = Network.token("admin-xiangfang");
        Map<String, Object> resident = new HashMap<>(Network.newResident("230110"));
        resident.put("name", "欧阳" + "春晓");
        var registered = given().auth().oauth2(office).contentType(ContentType.JSON).body(resident)
                .when().post(Network.VOLUNTEERS + "/api/v1/volunteers").then().statusCode(201).extract();
        String id = registered.path("id");

        given().auth().oauth2(Network.serviceToken()).contentType(ContentType.JSON)
                .body(Map.of("volunteerIds", List.of(id), "idNumbers", List.of(resident.get("idNumber"))))
                .when().post(DIRECTORY).then().statusCode(200)
                .body("volunteers", hasSize(1)).body("volunteers[0].name", equalTo("欧阳春晓"))
                .body("volunteers[0].district", equalTo("230110"))
                .body("volunteers[0].volunteerNumber", equalTo(registered.path("volunteerNumber")))
                .body("idNumberMatches[0].position", equalTo(0)).body("idNumberMatches[0].volunteerId", equalTo(id));
        for (String user : List.of("vol-xiangfang", "org-xiangfang", "leader-xiangfang", "admin-xiangfang", "city-admin", "analyst")) {
            given().auth().oauth2(Network.token(user)).contentType(ContentType.JSON).body(Map.of("volunteerIds", List.of(id)))
                    .when().post(DIRECTORY).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void theRosterOfASeededOccurrenceShowsItsVolunteersNames() {
        String organizer = Network.token("org-xiangfang");
        // the demo's Volunteer Service Saturdays: the latest one with sign-ups (the demo's attendance history)
        String activity = given().auth().oauth2(organizer).when().get(Network.ACTIVITIES + "/api/v1/activities?district=230110&limit=200")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.title == 'Volunteer Service Saturday: riverside clean-up' }.id");
        assertThat(activity).as("seeded by seed-demo.sh").isNotNull();
        String to = OffsetDateTime.now(ZoneOffset.ofHours(8)).toLocalDate().toString();
        String from = OffsetDateTime.now(ZoneOffset.ofHours(8)).toLocalDate().minusDays(80).toString();
        List<String> occurrences = given().auth().oauth2(organizer)
                .when().get(Network.ACTIVITIES + "/api/v1/activities/" + activity + "/occurrences?limit=200&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().path("items.id");
        String seeded = null;
        List<String> latestFirst = new java.util.ArrayList<>(occurrences);
        java.util.Collections.reverse(latestFirst);
        for (String occurrence : latestFirst) {
            List<?> items = given().auth().oauth2(organizer).when().get(Network.ACTIVITIES + "/api/v1/occurrences/" + occurrence + "/signups")
                    .then().statusCode(200).extract().path("items");
            if (!items.isEmpty()) {
                seeded = occurrence;
                break;
            }
        }
        assertThat(seeded).as("a seeded Saturday of the last 80 days with sign-ups").isNotNull();
        given().auth().oauth2(organizer).when().get(Network.ACTIVITIES + "/api/v1/occurrences/" + seeded + "/signups")
                .then().statusCode(200).body("namesAvailable", equalTo(true))
                .body("items.name", everyItem(notNullValue()));
    }

    /** A new volunteer of Xiangfang (Chinese name) signed up by the office for a new occurrence: its roster URL. */
    record Signed(String roster, String volunteer, String name, String number) {
    }

    static Signed newVolunteerOnANewRoster() {
        String office = Network.token("admin-xiangfang");
        String organizer = Network.token("org-xiangfang");
        String name = "司马" + "晓" + "雯欣悦".charAt(ThreadLocalRandom.current().nextInt(3));
        Map<String, Object> resident = new HashMap<>(Network.newResident("230110"));
        resident.put("name", name);
        var registered = given().auth().oauth2(office).contentType(ContentType.JSON).body(resident)
                .when().post(Network.VOLUNTEERS + "/api/v1/volunteers").then().statusCode(201).extract();
        String volunteer = registered.path("id");

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(9).withHour(9).withMinute(0).withSecond(0).withNano(0);
        String activity = given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.ofEntries(
                        Map.entry("title", "Directory roster check"), Map.entry("content", "Reading to residents"),
                        Map.entry("district", "230110"), Map.entry("place", "Xiangfang library"),
                        Map.entry("start", start.toString()), Map.entry("end", start.plusHours(2).toString()),
                        Map.entry("capacity", 5), Map.entry("serviceCategory", "EDUCATION"),
                        Map.entry("organizingUnit", "Xiangfang Youth League"), Map.entry("personInCharge", "Wang Fang")))
                .when().post(Network.ACTIVITIES + "/api/v1/activities").then().statusCode(201).extract().path("id");
        String occurrence = given().auth().oauth2(organizer).when().get(Network.ACTIVITIES + "/api/v1/activities/" + activity + "/occurrences")
                .then().statusCode(200).extract().path("items[0].id");
        String roster = Network.ACTIVITIES + "/api/v1/occurrences/" + occurrence + "/signups";
        // activity-service learns of the volunteer from VolunteerRegistered: 422 until then
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> given().auth().oauth2(office)
                .contentType(ContentType.JSON).body(Map.of("volunteerId", volunteer)).when().post(roster).statusCode() == 201);
        return new Signed(roster, volunteer, name, registered.path("volunteerNumber"));
    }

    @Test
    void aNewVolunteersChineseNameIsOnTheJsonCsvAndPdfRoster() throws Exception {
        Signed signed = newVolunteerOnANewRoster();
        String office = Network.token("admin-xiangfang");
        given().auth().oauth2(office).when().get(signed.roster()).then().statusCode(200)
                .body("namesAvailable", equalTo(true))
                .body("items[0].volunteerId", equalTo(signed.volunteer())).body("items[0].name", equalTo(signed.name()))
                .body("items[0].volunteerNumber", equalTo(signed.number()));
        String csv = new String(given().auth().oauth2(office).accept("text/csv").when().get(signed.roster()).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("姓名").contains(signed.name() + "," + signed.number());
        byte[] pdf = given().auth().oauth2(Network.token("org-xiangfang")).accept("application/pdf").when().get(signed.roster())
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("志愿服务签到表", signed.name(), signed.number());
        }
    }

    @Test
    void whileVolunteerServiceIsDownTheJsonRosterAnswersWithoutNamesAndTheSheetsAre503() {
        Signed signed = newVolunteerOnANewRoster();
        String office = Network.token("admin-xiangfang");
        Network.stack("services.sh", "stop", "volunteer-service");
        try {
            given().auth().oauth2(office).when().get(signed.roster()).then().statusCode(200)
                    .body("namesAvailable", equalTo(false))
                    .body("items[0].volunteerId", equalTo(signed.volunteer()))
                    .body("items[0].name", org.hamcrest.Matchers.nullValue())
                    .body("items[0].status", equalTo("CONFIRMED"));
            for (String type : List.of("text/csv", "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
                given().auth().oauth2(office).accept(type).when().get(signed.roster()).then().statusCode(503)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:volunteernet:problem:service-unavailable"));
            }
        } finally {
            Network.stack("services.sh", "start", "volunteer-service");
        }
        given().auth().oauth2(office).when().get(signed.roster()).then().statusCode(200)
                .body("namesAvailable", equalTo(true)).body("items[0].name", equalTo(signed.name()));
    }
}
