package org.volunteernet.volunteer;

import java.time.LocalDate;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.volunteernet.common.testing.TestTokens;
import java.util.concurrent.ThreadLocalRandom;
import org.volunteernet.volunteer.privacy.ResidentIdNumber;

/** Registration bodies with fresh, valid resident ID numbers, so tests never collide. */
public final class Registrations {

    public static final String XIANGFANG = "230110";
    public static final String DAOLI = "230102";

    private Registrations() {
    }

    public static LocalDate randomBirthDate() {
        return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 55));
    }

    /** A valid 18-character resident ID for a person born on {@code birth}. */
    public static String residentId(String district, LocalDate birth) {
        return residentId(district, birth, true);
    }

    /**
     * A valid resident ID of a man or a woman (odd or even sequence code, GB 11643-1999) born on {@code birth}. A
     * test district (9xxxxx, no province of GB/T 2260) gives its digits to the number in Heilongjiang (23...) and
     * the sequence code, so that numbers stay apart per district.
     */
    public static String residentId(String district, LocalDate birth, boolean male) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String area = district.startsWith("9") ? "23" + district.substring(2) : district;
        String sequence = (district.startsWith("9") ? district.substring(1, 2) : String.valueOf(random.nextInt(10)))
                + random.nextInt(10) + (2 * random.nextInt(5) + (male ? 1 : 0));
        String first17 = area + birth.toString().replace("-", "") + sequence;
        return first17 + ResidentIdNumber.checkDigit(first17);
    }

    /** A volunteer who registered themself; the user carries their token. */
    public record Registered(String id, TestTokens.User user) {
        public String token() {
            return user.token();
        }
    }

    public static Registered selfRegistered(String district) {
        TestTokens.User user = TestTokens.user(district, "volunteer");
        String id = RestAssured.given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body(district))
                .when().post("/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
        return new Registered(id, user);
    }

    /** A district code no other test uses, so lists and counts start empty (see TestDistricts). */
    public static String freshDistrict() {
        return org.volunteernet.common.testing.TestDistricts.fresh();
    }

    public static Map<String, Object> body(String district) {
        LocalDate birth = randomBirthDate();
        return body(district, birth, residentId(district, birth));
    }

    public static Map<String, Object> body(String district, LocalDate birth, String idNumber) {
        return Map.ofEntries(
                Map.entry("name", "Li Ming"),
                Map.entry("gender", "MALE"),
                Map.entry("birthDate", birth.toString()),
                Map.entry("idType", "PRC_RESIDENT_ID"),
                Map.entry("idNumber", idNumber),
                Map.entry("district", district),
                Map.entry("community", "Xiangfang Street"),
                Map.entry("phone", "13800000000"),
                Map.entry("skills", java.util.List.of("first-aid")),
                Map.entry("serviceCategories", java.util.List.of("ELDERLY_CARE")),
                Map.entry("consent", Map.of("accepted", true, "textVersion", "2026-01")));
    }
}
