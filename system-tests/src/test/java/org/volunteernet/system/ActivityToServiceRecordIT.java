package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The network's main flow with real tokens: an organizer schedules, a volunteer signs up, the
 * organizer records the occurrence, and volunteer-service certifies it as a service record.
 */
class ActivityToServiceRecordIT {

    static final ZoneId HARBIN = ZoneId.of("Asia/Shanghai");

    @Test
    void aCompletedOccurrenceBecomesTheVolunteersServiceRecord() throws InterruptedException {
        String organizer = Network.token("org-xiangfang");
        String volunteer = Network.token("vol2-xiangfang");
        String volunteerId = Network.ownVolunteerId(volunteer, Network.XIANGFANG);
        String title = "Stairwell tidy-up " + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime start = OffsetDateTime.now(HARBIN).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        String activity = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("title", title, "content", "Swept and tidied the stairwells of building 12",
                        "district", Network.XIANGFANG, "place", "Building 12, Heping Road", "start", start.toString(),
                        "end", start.plusSeconds(4).toString(), "capacity", 3, "serviceCategory", "COMMUNITY",
                        "organizingUnit", "Heping Road Residents' Committee", "personInCharge", "Zhou Tao"))
                .when().post(Network.ACTIVITIES + "/api/v1/activities").then().statusCode(201).extract().path("id");
        LocalDate day = start.toLocalDate();
        List<String> occurrences = given().auth().oauth2(volunteer)
                .when().get(Network.ACTIVITIES + "/api/v1/activities/" + activity + "/occurrences?from=" + day + "&to=" + day)
                .then().statusCode(200).extract().path("items.id");
        String occurrence = occurrences.get(0);

        // the volunteer may need a moment to be known to activity-service after registering
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(volunteer)
                .when().post(Network.ACTIVITIES + "/api/v1/occurrences/" + occurrence + "/signups")
                .then().extract().statusCode() == 201);

        while (OffsetDateTime.now(HARBIN).isBefore(start.plusSeconds(5))) {
            Thread.sleep(500);
        }
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("participants", List.of(Map.of("volunteerId", volunteerId, "hours", 1.0,
                        "reason", "prepared the cleaning materials beforehand"))))
                .when().post(Network.ACTIVITIES + "/api/v1/occurrences/" + occurrence + "/completion")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> titles = given().auth().oauth2(volunteer)
                    .when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + volunteerId + "/service-records?limit=200")
                    .then().statusCode(200).extract().path("items.activityName");
            return titles.contains(title);
        });
        given().auth().oauth2(volunteer)
                .when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + volunteerId + "/service-records?limit=200")
                .then().body("items.find { it.activityName == '" + title + "' }.organizingUnit",
                        equalTo("Heping Road Residents' Committee"))
                // Decree 67 Art. 7: the record names the person in charge ...
                .body("items.find { it.activityName == '" + title + "' }.personInCharge", equalTo("Zhou Tao"));
        // the organizer's roster shows the record and the hours it certifies (here all that were recorded)
        String recordId = given().auth().oauth2(volunteer)
                .when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + volunteerId + "/service-records?limit=200")
                .then().extract().path("items.find { it.activityName == '" + title + "' }.id");
        await().atMost(Duration.ofSeconds(30)).until(() -> recordId.equals(given().auth().oauth2(organizer)
                .when().get(Network.ACTIVITIES + "/api/v1/occurrences/" + occurrence + "/signups")
                .then().statusCode(200).extract().path("items[0].recordId")));
        given().auth().oauth2(organizer).when().get(Network.ACTIVITIES + "/api/v1/occurrences/" + occurrence + "/signups")
                .then().body("items[0].certifiedHours", equalTo(1.0f)).body("items[0].certifiedDifference", org.hamcrest.Matchers.nullValue());
        // ... which ActivityCompleted.v2 carried only as a sealed reference: no message of the topic names them
        List<String> naming = new java.util.ArrayList<>();
        Network.eachRecord("activity.events", record -> {
            String text = new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
            if (text.contains(occurrence) && text.contains("Zhou Tao")) {
                naming.add(record.partition() + "@" + record.offset());
            }
        });
        org.assertj.core.api.Assertions.assertThat(naming).as("activity.events messages naming the person in charge").isEmpty();
        given().auth().oauth2(Network.token("admin-daoli")).when().get(Network.ACTIVITIES + "/api/v1/occurrences/overdue")
                .then().statusCode(200);
    }
}
