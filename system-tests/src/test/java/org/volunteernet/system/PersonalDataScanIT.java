package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Full ID numbers, phone numbers and diary shortcomings never leave volunteer-service: not in a
 * response body (but the owner's own diary), not in any service's log, not on any topic. A fresh
 * volunteer with a known ID number and phone and a diary entry with a known shortcoming are
 * written first; then every response of a tour of the API, the four services' logs and every
 * message of the six topics are searched for them and for anything shaped like a resident ID
 * number (with a valid check digit) or a mainland mobile number; every event also for the fields that
 * named a person or carried a re-identifying code ({@code personInCharge}, {@code verificationCode}, and
 * VolunteerRegistered.v1's {@code volunteerNumber}, {@code gender}, {@code birthYear}).
 */
class PersonalDataScanIT {

    // not inside a longer token such as a UUID or a timestamp's fraction
    static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z.*-])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");
    static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z.*-])1[3-9][0-9]{9}(?![0-9A-Za-z])");
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String CHECKS = "10X98765432";

    final List<String> findings = new ArrayList<>();
    long bodies;
    long bodyBytes;

    @Test
    void noFullIdNumberPhoneOrShortcomingInResponsesLogsOrTopics() throws Exception {
        String office = Network.token("admin-xiangfang");
        Map<String, Object> resident = new HashMap<>(Network.newResident(Network.XIANGFANG));
        String phone = "13" + (5 + ThreadLocalRandom.current().nextInt(5)) + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        resident.put("phone", phone);
        String idNumber = (String) resident.get("idNumber");
        String fresh = given().auth().oauth2(office).contentType(ContentType.JSON).body(resident)
                .when().post(Network.VOLUNTEERS + "/api/v1/volunteers").then().statusCode(201).extract().path("id");

        String ownerToken = Network.token("vol-xiangfang");
        String owner = Network.ownVolunteerId(ownerToken, Network.XIANGFANG);
        String shortcoming = "Snapped at my neighbour " + UUID.randomUUID();
        String correction = "Apologised with dumplings " + UUID.randomUUID();
        given().auth().oauth2(ownerToken).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "deeds", List.of(Map.of("category", "NEIGHBOURHOOD", "description", "Shovelled the stairwell", "minutes", 20)),
                        "shortcomings", List.of(Map.of("description", shortcoming, "correction", correction)),
                        "reflection", "Patience is a deed too"))
                .when().post(Network.VOLUNTEERS + "/api/v1/volunteers/" + owner + "/diary").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        List<String> secrets = List.of(idNumber, phone, shortcoming, correction);
        scan("the registration as sent (scanner self-check)", resident.toString(), secrets);
        assertThat(findings).as("the scanner sees the ID number and phone where they belong").hasSizeGreaterThanOrEqualTo(4);
        findings.clear();

        // the owner sees their own shortcomings (which also proves the scanner finds them); nobody else does
        scan("the owner's own diary", given().auth().oauth2(ownerToken).when()
                .get(Network.VOLUNTEERS + "/api/v1/volunteers/" + owner + "/diary").then().statusCode(200).extract().asString(), secrets);
        assertThat(findings).as("the scanner sees the shortcoming where it belongs").hasSize(2);
        findings.clear();
        given().auth().oauth2(office).when().get(Network.VOLUNTEERS + "/api/v1/volunteers/" + owner + "/diary").then().statusCode(403);

        tourTheApi(fresh, owner, ownerToken, secrets);
        // the diary's event has reached every consumer by the time the owner's year shows it
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(ownerToken)
                .when().get(Network.REPORTS + "/api/v1/reports/volunteers/" + owner + "/year").then().extract().statusCode() == 200);

        long[] logs = scanLogs(secrets);
        long[] topics = scanTopics(secrets);
        System.out.printf("personal data scan: %d response bodies (%d KiB), %d log files (%d KiB), %d topic messages (%d KiB); "
                        + "full ID numbers, phone numbers or shortcomings found: %d%n",
                bodies, bodyBytes / 1024, logs[0], logs[1] / 1024, topics[0], topics[1] / 1024, findings.size());
        assertThat(findings).isEmpty();
    }

    void tourTheApi(String fresh, String owner, String ownerToken, List<String> secrets) {
        int year = LocalDate.now().getYear();
        Map<String, List<String>> tour = new HashMap<>();
        tour.put("admin-xiangfang", List.of(
                Network.VOLUNTEERS + "/api/v1/volunteers?district=230110&limit=100",
                Network.VOLUNTEERS + "/api/v1/volunteers/" + fresh,
                Network.VOLUNTEERS + "/api/v1/volunteers/" + owner,
                Network.VOLUNTEERS + "/api/v1/volunteers/" + owner + "/streak",
                Network.VOLUNTEERS + "/api/v1/volunteers/" + owner + "/service-records",
                Network.VOLUNTEERS + "/api/v1/volunteers/" + owner + "/star",
                Network.ACTIVITIES + "/api/v1/activities?district=230110",
                Network.ACTIVITIES + "/api/v1/occurrences/overdue",
                Network.BRANDS + "/api/v1/brands?district=230110",
                Network.REPORTS + "/api/v1/reports/districts/230110?year=" + year,
                Network.REPORTS + "/api/v1/reports/districts/230110/export.csv?year=" + year,
                Network.REPORTS + "/api/v1/reports/districts/230110/monthly.svg?year=" + year));
        tour.put("city-admin", List.of(
                Network.VOLUNTEERS + "/api/v1/volunteers?district=230102&limit=100",
                Network.REPORTS + "/api/v1/reports/city?year=" + year));
        tour.put("analyst", List.of(
                Network.REPORTS + "/api/v1/reports/city?year=" + year,
                Network.REPORTS + "/api/v1/reports/districts/230110?year=" + year));
        tour.put("vol-xiangfang", List.of(
                Network.VOLUNTEERS + "/api/v1/volunteers/me",
                Network.VOLUNTEERS + "/api/v1/volunteers/" + owner + "/service-records",
                Network.VOLUNTEERS + "/api/v1/volunteers/" + owner + "/star",
                Network.REPORTS + "/api/v1/reports/volunteers/" + owner + "/year",
                Network.ACTIVITIES + "/api/v1/calendar/volunteers/" + owner + ".ics"));
        for (Map.Entry<String, List<String>> stop : tour.entrySet()) {
            String token = stop.getKey().equals("vol-xiangfang") ? ownerToken : Network.token(stop.getKey());
            for (String url : stop.getValue()) {
                String body = given().auth().oauth2(token).when().get(url).then().extract().asString();
                bodies++;
                bodyBytes += body.length();
                scan("response of GET " + url + " as " + stop.getKey(), body, secrets);
            }
        }
        // brands and their reports, as the brand's leader
        String leader = Network.token("leader-xiangfang");
        List<String> brandIds = given().auth().oauth2(leader).when().get(Network.BRANDS + "/api/v1/brands?district=230110")
                .then().statusCode(200).extract().path("items.id");
        for (String brand : brandIds) {
            for (String url : List.of(Network.BRANDS + "/api/v1/brands/" + brand, Network.REPORTS + "/api/v1/reports/brands/" + brand)) {
                String body = given().auth().oauth2(leader).when().get(url).then().extract().asString();
                bodies++;
                bodyBytes += body.length();
                scan("response of GET " + url + " as leader-xiangfang", body, secrets);
            }
        }
    }

    long[] scanLogs(List<String> secrets) throws IOException {
        Path logs = Path.of(System.getProperty("volunteernet.root", "..")).resolve(".local/logs");
        long files = 0;
        long bytes = 0;
        try (Stream<Path> all = Files.list(logs)) {
            for (Path log : all.filter(p -> p.getFileName().toString().endsWith("-service.log")).toList()) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                files++;
                bytes += text.length();
                scan("log " + log.getFileName(), text, secrets);
            }
        }
        return new long[] {files, bytes};
    }

    long[] scanTopics(List<String> secrets) {
        long[] seen = {0, 0}; // messages, bytes
        for (String topic : List.of("volunteer.events", "activity.events", "brand.events",
                "volunteer.events.dlq", "activity.events.dlq", "brand.events.dlq")) {
            Network.eachRecord(topic, record -> {
                String text = new String(record.value(), StandardCharsets.UTF_8);
                seen[0]++;
                seen[1] += text.length();
                String where = "message " + topic + "/" + record.partition() + "@" + record.offset();
                scan(where, text, secrets);
                scanEventFields(where, text);
            });
        }
        return seen;
    }

    /**
     * No person's name or re-identifying code in an event: a current event has no {@code personInCharge}
     * (ActivityCompleted.v2 carries a sealed {@code personInChargeRef}) and no {@code verificationCode}
     * (CertificateIssued.v2). Only the superseded v1 types had them; those published before v2 existed may
     * still be on the network's topics and are left alone.
     */
    void scanEventFields(String where, String text) {
        Matcher type = EVENT_TYPE.matcher(text);
        String ceType = type.find() ? type.group(1) : "";
        if (SUPERSEDED.contains(ceType)) {
            return;
        }
        for (String field : PERSONAL_FIELDS) {
            if (text.contains("\"" + field + "\"")) {
                findings.add(where + " (" + ceType + ") carries " + field);
            }
        }
    }

    static final Pattern EVENT_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(org\\.volunteernet\\.[A-Za-z]+\\.v[0-9]+)\"");
    static final List<String> SUPERSEDED = List.of("org.volunteernet.ActivityCompleted.v1", "org.volunteernet.CertificateIssued.v1",
            "org.volunteernet.VolunteerRegistered.v1");
    /**
     * VolunteerRegistered.v2 dropped v1's number, community, gender and birth year: together they re-identify a person.
     * ({@code community} is not looked for: VolunteerProfileUpdated.v1 still carries it, alone.)
     */
    static final List<String> PERSONAL_FIELDS = List.of("personInCharge", "verificationCode", "volunteerNumber", "gender",
            "birthYear");

    @Test
    void theEventFieldScanSeesANameOrACodeInACurrentEventButNotInASupersededOne() {
        scanEventFields("self-check", "{\"type\":\"org.volunteernet.ActivityCompleted.v2\",\"data\":{\"personInCharge\":\"Wang Fang\"}}");
        scanEventFields("self-check", "{\"type\":\"org.volunteernet.CertificateIssued.v2\",\"data\":{\"verificationCode\":\"K7Q2\"}}");
        scanEventFields("self-check", "{\"type\":\"org.volunteernet.VolunteerRegistered.v2\",\"data\":{\"volunteerNumber\":\"V1\",\"birthYear\":1990}}");
        assertThat(findings).hasSize(4);
        findings.clear();
        scanEventFields("self-check", "{\"type\":\"org.volunteernet.ActivityCompleted.v1\",\"data\":{\"personInCharge\":\"Wang Fang\"}}");
        scanEventFields("self-check", "{\"type\":\"org.volunteernet.ActivityCompleted.v2\",\"data\":{\"personInChargeRef\":\"s1.AAAA\"}}");
        scanEventFields("self-check", "{\"type\":\"org.volunteernet.VolunteerRegistered.v1\",\"data\":{\"volunteerNumber\":\"V1\"}}");
        assertThat(findings).isEmpty();
    }

    void scan(String where, String text, List<String> secrets) {
        for (String secret : secrets) {
            if (text.contains(secret)) {
                findings.add(where + " contains " + secret.substring(0, Math.min(12, secret.length())) + "...");
            }
        }
        Matcher id = RESIDENT_ID.matcher(text);
        while (id.find()) {
            if (validResidentId(id.group())) {
                findings.add(where + " contains a resident ID number " + id.group().substring(0, 6) + "...");
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            findings.add(where + " contains a mobile number " + mobile.group().substring(0, 3) + "...");
        }
    }

    static boolean validResidentId(String candidate) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        String birth = candidate.substring(6, 14);
        int month = Integer.parseInt(birth.substring(4, 6));
        int day = Integer.parseInt(birth.substring(6, 8));
        return Character.toUpperCase(candidate.charAt(17)) == CHECKS.charAt(sum % 11)
                && (birth.startsWith("19") || birth.startsWith("20")) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
}
