package org.volunteernet.activity;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.activity.known.domain.KnownBrand;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.BrandCreated;
import org.volunteernet.events.GroupFormed;
import org.volunteernet.events.VolunteerRegistered;

/** Test data made the way production makes it: other services' events, and this service's API. */
@ApplicationScoped
public class Fixtures {

    public static final ZoneId HARBIN = ZoneId.of("Asia/Shanghai");

    public record Volunteer(UUID id, TestTokens.User user) {
        public String token() {
            return user.token();
        }
    }

    public static String freshDistrict() {
        return org.volunteernet.common.testing.TestDistricts.fresh();
    }

    public static Volunteer volunteer(String district) {
        return volunteer(district, "V" + district + "00000001");
    }

    /** A registered volunteer with the given unified volunteer number. */
    public static Volunteer volunteer(String district, String volunteerNumber) {
        return volunteer(district, volunteerNumber, "志愿者" + volunteerNumber.substring(volunteerNumber.length() - 2), null);
    }

    /**
     * A registered volunteer as volunteer-service announces them (VolunteerRegistered) and as its directory
     * answers for them ({@link TestVolunteerDirectory}: real name, volunteer number, ID number when given).
     */
    public static Volunteer volunteer(String district, String volunteerNumber, String name, String idNumber) {
        TestTokens.User user = TestTokens.user(district, "volunteer");
        UUID id = UUID.randomUUID();
        TestVolunteerDirectory.register(id, district, name, volunteerNumber, idNumber);
        try (TestEvents events = new TestEvents()) {
            events.send("test.volunteer.events", new VolunteerRegistered(id, district, List.of(), List.of(), null, user.subject(), Instant.now()), "/volunteer-service");
        }
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> KnownVolunteer.findById(id) != null);
        return new Volunteer(id, user);
    }

    /** A brand and a group under it, as brand-service announces them. */
    public static UUID[] brandWithGroup(String district) {
        UUID brand = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.send("test.brand.events", new BrandCreated(brand, district, "Volunteer Service Saturday", null,
                    UUID.randomUUID(), Instant.now()), "/brand-service");
            events.send("test.brand.events", new GroupFormed(group, brand, district, "Riverside Guardians",
                    UUID.randomUUID(), Instant.now()), "/brand-service");
        }
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> KnownBrand.findById(brand) != null
                && org.volunteernet.activity.known.domain.KnownGroup.findById(group) != null);
        return new UUID[] {brand, group};
    }

    public static Map<String, Object> activity(String district, OffsetDateTime start, Duration length, int capacity,
            String recurrence) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Riverside clean-up", "content", "Collect litter along the bank",
                "district", district, "place", "Songhua riverbank", "start", start.toString(),
                "end", start.plus(length).toString(), "capacity", capacity, "serviceCategory", "ENVIRONMENT",
                "organizingUnit", "Xiangfang Youth League", "personInCharge", "Wang Fang"));
        if (recurrence != null) {
            body.put("recurrence", recurrence);
        }
        return body;
    }

    /** Schedules as an organizer of the district and returns the activity id. */
    public static String schedule(String district, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.user(district, "organizer").token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    public static List<String> occurrenceIds(String activityId, String from, String to) {
        return given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/activities/" + activityId + "/occurrences?limit=200&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().path("items.id");
    }

    /** A one-off occurrence that ran {@code daysAgo} days ago from 09:00 to 11:30. */
    public static String pastOccurrence(String district, int daysAgo) {
        LocalDate day = LocalDate.now(HARBIN).minusDays(daysAgo);
        OffsetDateTime start = day.atTime(LocalTime.of(9, 0)).atZone(HARBIN).toOffsetDateTime();
        String activity = schedule(district, activity(district, start, Duration.ofMinutes(150), 10, null));
        return occurrenceIds(activity, day.toString(), day.toString()).get(0);
    }

    /** A completion body: volunteer id, hours, reason (or null), repeated. */
    public static Map<String, Object> participants(Object... volunteerHoursReason) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < volunteerHoursReason.length; i += 3) {
            Map<String, Object> p = new java.util.HashMap<>(Map.of("volunteerId", volunteerHoursReason[i].toString(),
                    "hours", volunteerHoursReason[i + 1]));
            if (volunteerHoursReason[i + 2] != null) {
                p.put("reason", volunteerHoursReason[i + 2]);
            }
            list.add(p);
        }
        return Map.of("participants", list);
    }

    /** Moves an occurrence in time directly, e.g. beyond the back-entry limit, which the API would refuse. */
    @Transactional
    public void moveOccurrence(UUID occurrenceId, Instant start, Instant end) {
        Occurrence occurrence = Occurrence.findById(occurrenceId);
        occurrence.start = start;
        occurrence.end = end;
    }

    /** A confirmed seat at an occurrence that has already started, as if signed up in time. */
    @Transactional
    public void confirmedSeat(UUID occurrenceId, UUID volunteerId) {
        Occurrence occurrence = Occurrence.findById(occurrenceId);
        Signup signup = new Signup();
        signup.id = UUID.randomUUID();
        signup.occurrenceId = occurrenceId;
        signup.volunteerId = volunteerId;
        signup.status = SignupStatus.CONFIRMED;
        signup.position = System.nanoTime();
        signup.signedUpAt = occurrence.start.minus(Duration.ofDays(1));
        signup.updatedAt = signup.signedUpAt;
        signup.persist();
        occurrence.confirmed++;
    }
}
