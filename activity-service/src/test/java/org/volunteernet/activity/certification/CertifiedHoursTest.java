package org.volunteernet.activity.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.Fixtures;
import org.volunteernet.activity.certification.domain.CertifiedRecord;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCreated;

/**
 * The roster shows the hours volunteer-service certified (ServiceRecordCreated, ServiceRecordCorrected on
 * volunteer.events) next to those recorded at completion, and says why they differ: capped at 24 verified hours a
 * day, or corrected. Each event is applied once.
 */
@QuarkusTest
class CertifiedHoursTest {

    static final String TOPIC = "test.volunteer.events";

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager entityManager;

    /** A completed occurrence (yesterday, 2.5 hours on site) with the volunteers' recorded hours. */
    record Completed(String district, UUID occurrenceId, UUID activityId, TestTokens.User office) {
    }

    Completed completed(Object... volunteerAndHours) {
        String district = volunteerAndHours.length > 0 ? ((Fixtures.Volunteer) volunteerAndHours[0]).user().district() : null;
        String occurrence = Fixtures.pastOccurrence(district, 1);
        Object[] body = new Object[volunteerAndHours.length / 2 * 3];
        for (int i = 0; i < volunteerAndHours.length; i += 2) {
            Fixtures.Volunteer v = (Fixtures.Volunteer) volunteerAndHours[i];
            fixtures.confirmedSeat(UUID.fromString(occurrence), v.id());
            body[i / 2 * 3] = v.id();
            body[i / 2 * 3 + 1] = volunteerAndHours[i + 1];
        }
        TestTokens.User office = TestTokens.user(district, "district-admin");
        String activity = given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(Fixtures.participants(body))
                .when().post("/api/v1/occurrences/" + occurrence + "/completion").then().statusCode(200).extract().path("activityId");
        return new Completed(district, UUID.fromString(occurrence), UUID.fromString(activity), office);
    }

    static ServiceRecordCreated created(Completed c, UUID recordId, Fixtures.Volunteer v, String hours, String cappedFrom) {
        return new ServiceRecordCreated(recordId, v.id(), c.district(), c.activityId(), c.occurrenceId(), "Riverside clean-up",
                LocalDate.now(Fixtures.HARBIN).minusDays(1), "ENVIRONMENT", new BigDecimal(hours), "Xiangfang Youth League",
                null, null, Instant.now(), null, cappedFrom == null ? null : new BigDecimal(cappedFrom));
    }

    static ServiceRecordCorrected corrected(Completed c, UUID recordId, Fixtures.Volunteer v, String previous, String hours,
            Instant at) {
        return new ServiceRecordCorrected(recordId, UUID.randomUUID(), v.id(), c.district(),
                LocalDate.now(Fixtures.HARBIN).minusDays(1), new BigDecimal(previous), new BigDecimal(hours), at, null);
    }

    /** The JSON roster's line of the volunteer. */
    static Map<String, Object> line(Completed c, Fixtures.Volunteer v) {
        List<Map<String, Object>> items = given().auth().oauth2(c.office().token())
                .when().get("/api/v1/occurrences/" + c.occurrenceId() + "/signups").then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> v.id().toString().equals(i.get("volunteerId"))).findFirst().orElseThrow();
    }

    static Map<String, Object> lineOnceCertified(Completed c, Fixtures.Volunteer v, Object certifiedHours) {
        await().atMost(Duration.ofSeconds(30)).until(() -> certifiedHours.equals(line(c, v).get("certifiedHours")));
        return line(c, v);
    }

    @Test
    void aCappedRecordShowsFewerCertifiedHoursAndWhyInJsonCsvAndXlsx() throws Exception {
        String district = Fixtures.freshDistrict();
        Fixtures.Volunteer capped = Fixtures.volunteer(district, "V" + district + "00000051", "张伟", null);
        Fixtures.Volunteer full = Fixtures.volunteer(district, "V" + district + "00000052", "王芳", null);
        Completed c = completed(capped, 2.5, full, 2.0);
        assertThat(line(c, capped)).containsEntry("hours", 2.5f).containsEntry("certifiedHours", null)
                .containsEntry("recordId", null).containsEntry("certifiedDifference", null); // not certified yet

        UUID cappedRecord = UUID.randomUUID();
        UUID fullRecord = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.send(TOPIC, created(c, cappedRecord, capped, "1.50", "2.50"), "/volunteer-service");
            events.send(TOPIC, created(c, fullRecord, full, "2.00", null), "/volunteer-service");
        }
        assertThat(lineOnceCertified(c, capped, 1.5f)).containsEntry("hours", 2.5f).containsEntry("hoursCappedFrom", 2.5f)
                .containsEntry("recordId", cappedRecord.toString()).containsEntry("certifiedDifference", "DAILY_LIMIT");
        assertThat(lineOnceCertified(c, full, 2.0f)).containsEntry("hoursCappedFrom", null)
                .containsEntry("recordId", fullRecord.toString()).containsEntry("certifiedDifference", null);

        byte[] body = given().auth().oauth2(c.office().token()).accept("text/csv")
                .when().get("/api/v1/occurrences/" + c.occurrenceId() + "/signups").then().statusCode(200).extract().asByteArray();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new String(body, java.nio.charset.StandardCharsets.UTF_8).substring(1))).getRecords();
        CSVRecord cappedRow = rows.stream().filter(r -> r.get("姓名").equals("张伟")).findFirst().orElseThrow();
        assertThat(List.of(cappedRow.get("服务时长(小时)"), cappedRow.get("认定时长(小时)"), cappedRow.get("时长差异原因")))
                .containsExactly("2.50", "1.50", "当日累计超过24小时，已核减");
        CSVRecord fullRow = rows.stream().filter(r -> r.get("姓名").equals("王芳")).findFirst().orElseThrow();
        assertThat(List.of(fullRow.get("服务时长(小时)"), fullRow.get("认定时长(小时)"), fullRow.get("时长差异原因")))
                .containsExactly("2.00", "2.00", "");
    }

    @Test
    void anAcceptedCorrectionUpdatesTheRosterAndAReplayChangesNothing() {
        String district = Fixtures.freshDistrict();
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        Completed c = completed(v, 2.0);
        UUID record = UUID.randomUUID();
        Instant decided = Instant.now();
        byte[] creation = TestEvents.cloudEvent(created(c, record, v, "2.00", null), "/volunteer-service");
        byte[] correction = TestEvents.cloudEvent(corrected(c, record, v, "2.00", "1.25", decided), "/volunteer-service");
        try (TestEvents events = new TestEvents()) {
            events.send(TOPIC, v.id().toString(), creation);
            events.send(TOPIC, v.id().toString(), correction);
        }
        assertThat(lineOnceCertified(c, v, 1.25f)).containsEntry("hours", 2.0f).containsEntry("hoursCappedFrom", null)
                .containsEntry("recordId", record.toString()).containsEntry("certifiedDifference", "CORRECTED");

        // the same two events again (same ids), then another record of the same volunteer (same partition) as a marker:
        // once the marker is applied, both copies were consumed, and they changed nothing
        try (TestEvents events = new TestEvents()) {
            events.send(TOPIC, v.id().toString(), creation);
            events.send(TOPIC, v.id().toString(), correction);
        }
        awaitMarker(c, v);
        assertThat(line(c, v)).containsEntry("certifiedHours", 1.25f).containsEntry("certifiedDifference", "CORRECTED");
        for (byte[] event : List.of(creation, correction)) {
            UUID id = EventCodec.parse(event).id();
            long claims = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "SELECT count(*) FROM processed_event WHERE consumer = 'activity.certified-hours' AND event_id = ?1")
                    .setParameter(1, id).getSingleResult()).longValue());
            assertThat(claims).as("inbox claims of %s", id).isEqualTo(1);
        }
    }

    @Test
    void aCorrectionThatArrivesBeforeTheCreationIsKeptAndALaterOneWins() {
        String district = Fixtures.freshDistrict();
        Fixtures.Volunteer v = Fixtures.volunteer(district);
        Completed c = completed(v, 2.5);
        UUID record = UUID.randomUUID();
        Instant decided = Instant.now();
        try (TestEvents events = new TestEvents()) {
            events.send(TOPIC, corrected(c, record, v, "1.50", "2.25", decided), "/volunteer-service");
            events.send(TOPIC, created(c, record, v, "1.50", "2.50"), "/volunteer-service");
        }
        // the creation names the occurrence and the cap; the correction's hours stay
        assertThat(lineOnceCertified(c, v, 2.25f)).containsEntry("hoursCappedFrom", 2.5f)
                .containsEntry("recordId", record.toString()).containsEntry("certifiedDifference", "CORRECTED");

        // a later correction wins; one decided before it, delivered after it, changes nothing
        try (TestEvents events = new TestEvents()) {
            events.send(TOPIC, corrected(c, record, v, "2.25", "2.50", decided.plusSeconds(60)), "/volunteer-service");
            events.send(TOPIC, corrected(c, record, v, "2.50", "1.00", decided.minusSeconds(60)), "/volunteer-service");
        }
        awaitMarker(c, v);
        assertThat(line(c, v)).containsEntry("certifiedHours", 2.5f)
                .containsEntry("certifiedDifference", null) // the recorded hours again
                .containsEntry("hoursCappedFrom", 2.5f);
    }

    /**
     * Publishes a record of the volunteer at another occurrence (same key, same partition) and waits until it is
     * applied: the volunteer's events sent before it have been consumed.
     */
    void awaitMarker(Completed c, Fixtures.Volunteer v) {
        UUID marker = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.send(TOPIC, new ServiceRecordCreated(marker, v.id(), c.district(), c.activityId(), UUID.randomUUID(),
                    "marker", LocalDate.now(Fixtures.HARBIN), "ENVIRONMENT", BigDecimal.ONE, "unit", null, null, Instant.now()),
                    "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> CertifiedRecord.findById(marker) != null));
    }
}
