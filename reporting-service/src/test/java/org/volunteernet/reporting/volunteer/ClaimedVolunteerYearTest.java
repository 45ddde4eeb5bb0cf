package org.volunteernet.reporting.volunteer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.events.VolunteerAccountLinked;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.reporting.ReportingFixtures;

/** Issue 14: a volunteer registered by the office reads their own year once they claimed the record. */
@QuarkusTest
class ClaimedVolunteerYearTest {

    @Test
    void theClaimedAccountReadsTheYearAndALaterClaimDoesNotTakeItOver() {
        String district = ReportingFixtures.freshDistrict();
        UUID volunteer = UUID.randomUUID();
        TestTokens.User account = TestTokens.user(district, "volunteer");
        TestTokens.User later = TestTokens.user(district, "volunteer");
        ReportingFixtures.publish(List.of(
                new VolunteerRegistered(volunteer, district, List.of(),
                        List.of(), null, null, ReportingFixtures.at("2025-03-01")),
                new VolunteerAccountLinked(volunteer, district, account.subject(), ReportingFixtures.at("2025-03-02")),
                new VolunteerAccountLinked(volunteer, district, later.subject(), ReportingFixtures.at("2025-03-03"))));
        String year = "/api/v1/reports/volunteers/" + volunteer + "/year?year=2025";
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(account.token()).when().get(year)
                .then().extract().statusCode() == 200);
        given().auth().oauth2(account.token()).when().get(year).then().statusCode(200).body("activeMonths", equalTo(List.of()));
        given().auth().oauth2(later.token()).when().get(year).then().statusCode(403);
    }
}
