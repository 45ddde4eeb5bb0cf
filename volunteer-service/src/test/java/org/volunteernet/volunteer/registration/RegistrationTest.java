package org.volunteernet.volunteer.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.volunteernet.volunteer.Registrations.DAOLI;
import static org.volunteernet.volunteer.Registrations.XIANGFANG;
import org.volunteernet.volunteer.Registrations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.volunteer.registration.domain.Volunteer;

@QuarkusTest
class RegistrationTest {

    static final String TOPIC = "test.volunteer.events";

    @Inject
    EntityManager entityManager;

    private static String register(TestTokens.User caller, Map<String, Object> body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aDistrictOfficeRegistersAResidentAndVolunteerRegisteredIsPublishedWithoutPersonalData() {
        TestTokens.User office = TestTokens.user(XIANGFANG, "district-admin");
        Map<String, Object> body = Registrations.body(XIANGFANG);
        String idNumber = (String) body.get("idNumber");
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String id = given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/volunteers")
                    .then().statusCode(201)
                    .header("Location", matchesPattern(".*/api/v1/volunteers/[0-9a-f-]{36}"))
                    .header("ETag", equalTo("\"0\""))
                    .body("volunteerNumber", matchesPattern("V230110[0-9]{8}"))
                    .body("idNumberMasked", equalTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)))
                    .body("consent.accepted", equalTo(true))
                    .body("consent.textVersion", equalTo("2026-01"))
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("idNumber")))
                    .extract().path("id");
            String number = given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token())
                    .when().get("/api/v1/volunteers/" + id).then().statusCode(200).extract().path("volunteerNumber");

            ConsumerRecord<String, byte[]> record = probe.await(r -> id.equals(r.key()), Duration.ofSeconds(20));
            ReceivedEvent event = EventCodec.parse(record.value());
            VolunteerRegistered registered = event.dataAs(VolunteerRegistered.class);
            assertThat(registered.volunteerId()).hasToString(id);
            assertThat(registered.district()).isEqualTo(XIANGFANG);
            assertThat(event.district()).isEqualTo(XIANGFANG);
            assertThat(event.source()).isEqualTo("/volunteer-service");
            assertThat(new String(record.headers().lastHeader("content-type").value())).isEqualTo(EventCodec.CONTENT_TYPE);
            assertThat(TopicProbe.text(record)).doesNotContain(idNumber, "13800000000", "Li Ming")
                    .contains("org.volunteernet.VolunteerRegistered.v2")
                    // v2: no volunteer number, community, gender or birth year (together they re-identify)
                    .doesNotContain(number, "Xiangfang Street", "\"gender\"", "\"birthYear\"", "\"community\"");
        }
    }

    @Test
    void theIdNumberIsStoredEncryptedNeverInClear() {
        Map<String, Object> body = Registrations.body(XIANGFANG);
        String id = register(TestTokens.user(XIANGFANG, "district-admin"), body);
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "SELECT encode(id_number_cipher, 'escape'), id_number_index, id_number_masked FROM volunteer WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        String idNumber = (String) body.get("idNumber");
        assertThat((String) row[0]).doesNotContain(idNumber);
        assertThat((String) row[1]).hasSize(64).doesNotContain(idNumber);
        assertThat((String) row[2]).doesNotContain(idNumber.substring(4, 14));
    }

    @Test
    void aVolunteerRegistersThemselfAndReadsTheirOwnProfile() {
        TestTokens.User volunteer = TestTokens.user(XIANGFANG, "volunteer");
        String id = register(volunteer, Registrations.body(XIANGFANG));
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/me")
                .then().statusCode(200).body("id", equalTo(id)).body("district", equalTo(XIANGFANG));
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void aSecondRegistrationOfTheSameAccountIsAConflict() {
        TestTokens.User volunteer = TestTokens.user(XIANGFANG, "volunteer");
        register(volunteer, Registrations.body(XIANGFANG));
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body(Registrations.body(XIANGFANG))
                .when().post("/api/v1/volunteers")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aVolunteerCannotRegisterInAnotherDistrict() {
        TestTokens.User volunteer = TestTokens.user(XIANGFANG, "volunteer");
        given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON).body(Registrations.body(DAOLI))
                .when().post("/api/v1/volunteers")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:forbidden"));
    }

    @Test
    void aDistrictOfficeCannotRegisterInAnotherDistrictNorReadItsVolunteers() {
        String id = register(TestTokens.user(XIANGFANG, "district-admin"), Registrations.body(XIANGFANG));
        TestTokens.User daoliOffice = TestTokens.user(DAOLI, "district-admin");
        given().auth().oauth2(daoliOffice.token()).contentType(ContentType.JSON).body(Registrations.body(XIANGFANG))
                .when().post("/api/v1/volunteers").then().statusCode(403);
        given().auth().oauth2(daoliOffice.token()).when().get("/api/v1/volunteers/" + id)
                .then().statusCode(404).contentType("application/problem+json"); // as for an unknown id
        given().auth().oauth2(TestTokens.user(null, "city-admin").token()).when().get("/api/v1/volunteers/" + id)
                .then().statusCode(200);
    }

    @Test
    void anotherVolunteerCannotReadAProfile() {
        String id = register(TestTokens.user(XIANGFANG, "volunteer"), Registrations.body(XIANGFANG));
        given().auth().oauth2(TestTokens.user(XIANGFANG, "volunteer").token()).when().get("/api/v1/volunteers/" + id)
                .then().statusCode(404); // as for an unknown id: another volunteer does not learn it exists
    }

    @Test
    void rolesOtherThanVolunteerAndDistrictAdminCannotRegister() {
        for (String role : new String[] {"organizer", "brand-leader", "analyst", "city-admin"}) {
            given().auth().oauth2(TestTokens.user(XIANGFANG, role).token()).contentType(ContentType.JSON)
                    .body(Registrations.body(XIANGFANG))
                    .when().post("/api/v1/volunteers")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void withoutAValidTokenTheAnswerIs401() {
        TestTokens.User office = TestTokens.user(XIANGFANG, "district-admin");
        given().contentType(ContentType.JSON).body(Registrations.body(XIANGFANG))
                .when().post("/api/v1/volunteers")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        for (String token : new String[] {office.expiredToken(), office.tokenSignedByAnotherKey(),
                office.tokenFromAnotherIssuer(), office.tokenForAnotherAudience(), "not-a-jwt"}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Registrations.body(XIANGFANG))
                    .when().post("/api/v1/volunteers")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON)
                .body("{\"name\": \"Li Ming\", ")
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:malformed-json"))
                .body("errors.field", hasItem("body"));
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        Map<String, Object> body = new HashMap<>(Registrations.body(XIANGFANG));
        body.put("birthDate", "the fifth of March");
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("birthDate"));
        body.put("birthDate", "1990-03-05");
        body.put("gender", "SOMETIMES");
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors.field", hasItem("gender"));
        body.put("gender", "MALE");
        body.put("skills", "first-aid");
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors.field", hasItem("skills"));
    }

    @Test
    void missingFieldsAre400ListingEachOne() {
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Li Ming"))
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:volunteernet:problem:validation"))
                .body("errors.field", hasItems("gender", "birthDate", "idType", "idNumber", "district", "phone", "consent"));
    }

    @Test
    void unknownFieldsAre400() {
        Map<String, Object> body = new HashMap<>(Registrations.body(XIANGFANG));
        body.put("favouriteColour", "red");
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors.field", hasItem("favouriteColour"));
    }

    @Test
    void withoutConsentThereIsNoRegistration() {
        Map<String, Object> body = new HashMap<>(Registrations.body(XIANGFANG));
        body.put("consent", Map.of("accepted", false, "textVersion", "2026-01"));
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors.field", hasItem("consent.accepted"));
    }

    @Test
    void anIdNumberWithAWrongCheckDigitIsRefused() {
        LocalDate birth = Registrations.randomBirthDate();
        String valid = Registrations.residentId(XIANGFANG, birth);
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON)
                .body(Registrations.body(XIANGFANG, birth, valid.substring(0, 17) + wrong))
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors.field", hasItem("idNumber"))
                .body("detail", org.hamcrest.Matchers.containsString("校验码不正确"));
    }

    @Test
    void aWomansIdNumberRegisteredAsMaleAndAnAddressCodeOutsideGbT2260AreRefusedNamingTheField() {
        LocalDate birth = Registrations.randomBirthDate();
        String woman = Registrations.residentId(XIANGFANG, birth, false);
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON)
                .body(Registrations.body(XIANGFANG, birth, woman)) // the body says MALE
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors.field", hasItem("gender"));
        String first17 = "000000" + birth.toString().replace("-", "") + "123";
        String nowhere = first17 + org.volunteernet.volunteer.privacy.ResidentIdNumber.checkDigit(first17);
        given().auth().oauth2(TestTokens.user(XIANGFANG, "district-admin").token()).contentType(ContentType.JSON)
                .body(Registrations.body(XIANGFANG, birth, nowhere))
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors.field", hasItem("idNumber"))
                .body("detail", org.hamcrest.Matchers.containsString("GB/T 2260"));
    }

    @Test
    void aDuplicateIdNumberIs409NamesNoOneAndWritesNothing() {
        TestTokens.User office = TestTokens.user(XIANGFANG, "district-admin");
        Map<String, Object> body = Registrations.body(XIANGFANG);
        register(office, body);
        String detail = given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(409).contentType("application/problem+json")
                // the field to blame is named, as every refusal names its field (the volunteer never)
                .body("errors.field", org.hamcrest.Matchers.contains("idNumber"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("已被注册"))
                .extract().path("detail");
        assertThat(detail).doesNotContain("Li Ming", (String) body.get("idNumber"));
        long withThatNumber = Volunteer.count("idNumberMasked = ?1 and birthDate = ?2",
                ((String) body.get("idNumber")).substring(0, 4) + "**********" + ((String) body.get("idNumber")).substring(14),
                LocalDate.parse((String) body.get("birthDate")));
        assertThat(withThatNumber).isEqualTo(1);
    }

    @Test
    void anUnknownVolunteerIs404() {
        given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/volunteers/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        // an unparsable id is a bad request naming the parameter (issue 18), not a resource that might exist
        given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/volunteers/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
        given().auth().oauth2(TestTokens.user(null, "city-admin").token())
                .when().get("/api/v1/volunteers/00000000-0000-0000-0000-00000000000G/star")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("volunteerId"));
    }
}
