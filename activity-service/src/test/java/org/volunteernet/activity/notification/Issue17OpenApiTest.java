package org.volunteernet.activity.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17's operations: network-wide operationIds, typed 2xx schemas (lists return a Page of their thing). */
@QuarkusTest
class Issue17OpenApiTest {

    @Test
    void theViewsAndTheInboxHaveOperationIdsAndTypedResponses() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString()).path("paths");
        Map<String, String[]> expected = Map.of(
                "/api/v1/signups/me get", new String[] {"listMySignups", "application/json", "/MySignupPage"},
                "/api/v1/occurrences get", new String[] {"searchOccurrences", "application/json", "/OccurrenceListingPage"},
                "/api/v1/occurrences/{occurrenceId} get", new String[] {"getOccurrence", "application/json", "/OccurrenceListing"},
                "/api/v1/notifications get", new String[] {"listMyNotifications", "application/json", "/NotificationPage"},
                "/api/v1/notifications/{id}/read post", new String[] {"markNotificationRead", "application/json", "/Notification"},
                "/api/v1/notifications/read-all post", new String[] {"markAllNotificationsRead", "application/json", "/NotificationsMarkedRead"},
                "/api/v1/notifications/stream get", new String[] {"streamMyNotifications", "text/event-stream", "/Notification"});
        expected.forEach((operation, want) -> {
            String[] pathAndMethod = operation.split(" ");
            JsonNode op = paths.path(pathAndMethod[0]).path(pathAndMethod[1]);
            assertThat(op.path("operationId").asText()).as(operation).isEqualTo(want[0]);
            assertThat(op.path("responses").path("200").path("content").path(want[1]).path("schema").path("$ref").asText())
                    .as(operation).endsWith(want[2]);
            assertThat(op.path("description").asText()).as(operation).isNotBlank();
        });
    }
}
