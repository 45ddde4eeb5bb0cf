package org.volunteernet.volunteer.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.Activities;
import org.volunteernet.volunteer.Registrations;

/** A correction proposes hours by the completion's rule (one constraint, ServiceHours): never 0 or -0. */
@QuarkusTest
class CorrectionHoursTest {

    @Test
    void aCorrectionToZeroHoursIsRefusedLikeACompletionWithZeroHoursAndBlocksNothing() {
        Registrations.Registered volunteer = Registrations.selfRegistered("230110");
        TestTokens.User recorder = TestTokens.user("230110", "organizer");
        try (TestEvents events = new TestEvents()) {
            events.send(Activities.TOPIC, Activities.completed("230110", volunteer.id(), "2.5", recorder.subject()),
                    Activities.SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ServiceRecordTest.recordCount(volunteer) == 1);
        String corrections = "/api/v1/volunteers/" + volunteer.id() + "/service-records/"
                + ServiceRecordTest.firstRecordId(volunteer) + "/corrections";
        for (String hours : new String[] {"0", "-0", "0.00", "-1", "24.01", "2.555"}) {
            given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                    .body("{\"hours\":" + hours + ",\"reason\":\"x\"}").when().post(corrections)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("hours"))
                    .body("errors[0].message", equalTo("必须大于 0 且不超过 24，最多 2 位小数"));
        }
        // nothing was left pending: a real correction is taken, with its time as it is read back later
        String reportedAt = given().auth().oauth2(volunteer.token()).contentType(ContentType.JSON)
                .body("{\"hours\":3,\"reason\":\"I stayed until the end\"}").when().post(corrections)
                .then().statusCode(201).extract().path("reportedAt");
        assertThat(reportedAt).matches(".*T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z");
        given().auth().oauth2(volunteer.token()).when().get("/api/v1/volunteers/" + volunteer.id() + "/service-records")
                .then().statusCode(200).body("items[0].corrections[0].reportedAt", equalTo(reportedAt));
    }
}
