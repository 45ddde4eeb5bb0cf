package org.volunteernet.volunteer.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.Registrations;

@QuarkusTest
@TestProfile(DemoDiaryHistoryTest.DemoEnabled.class)
class DemoDiaryHistoryTest {

    public static class DemoEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("volunteernet.demo.enabled", "true");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void aYearOfDiaryIsWrittenOnceWithMarchBusierThanTheRestButNotAlone() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        String cityAdmin = TestTokens.user(null, "city-admin").token();
        int entries = given().auth().oauth2(cityAdmin).when().post("/api/v1/demo/diary-history")
                .then().statusCode(200).body("volunteers", equalTo(1)).extract().path("entries");
        assertThat(entries).isGreaterThan(60);
        given().auth().oauth2(cityAdmin).when().post("/api/v1/demo/diary-history")
                .then().statusCode(200).body("volunteers", equalTo(0));

        @SuppressWarnings("unchecked")
        List<Object[]> perMonth = entityManager.createNativeQuery(
                "SELECT CAST(EXTRACT(MONTH FROM entry_date) AS INTEGER), count(*) FROM diary_entry "
                        + "WHERE volunteer_id = ?1 GROUP BY 1").setParameter(1, UUID.fromString(volunteer.id())).getResultList();
        long march = perMonth.stream().filter(r -> ((Number) r[0]).intValue() == 3).mapToLong(r -> ((Number) r[1]).longValue()).sum();
        long others = perMonth.stream().filter(r -> ((Number) r[0]).intValue() != 3).mapToLong(r -> ((Number) r[1]).longValue()).sum();
        assertThat(march).isGreaterThan(others / 11);
        assertThat(perMonth.size()).as("active in many months, not a campaign").isGreaterThanOrEqualTo(10);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM diary_entry WHERE volunteer_id = ?1 AND entry_date >= ?2")
                .setParameter(1, UUID.fromString(volunteer.id())).setParameter(2, today.minusDays(1))
                .getSingleResult()).longValue()).as("the open window is left to the volunteer").isZero();
    }

    @Test
    void onlyACityAdminMayRunIt() {
        given().auth().oauth2(TestTokens.user("230110", "district-admin").token())
                .when().post("/api/v1/demo/diary-history").then().statusCode(403);
    }
}
