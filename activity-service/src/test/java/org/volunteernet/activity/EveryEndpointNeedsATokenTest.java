package org.volunteernet.activity;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.volunteernet.common.testing.EndpointsNeedATokenContract;

@QuarkusTest
class EveryEndpointNeedsATokenTest extends EndpointsNeedATokenContract {

    @Override
    protected List<String> protectedEndpoints() {
        return List.of(
                "POST /api/v1/activities",
                "GET /api/v1/activities",
                "GET /api/v1/activities/{id}",
                "GET /api/v1/activities/{id}/occurrences",
                "POST /api/v1/occurrences/{id}/signups",
                "DELETE /api/v1/occurrences/{id}/signups/me",
                "GET /api/v1/occurrences/{id}/check-in-code",
                "POST /api/v1/occurrences/{id}/check-in",
                "POST /api/v1/occurrences/{id}/check-out",
                "POST /api/v1/occurrences/{id}/completion",
                "POST /api/v1/occurrences/{id}/held-with-nobody",
                "GET /api/v1/occurrences/{id}/participant-sheet",
                "POST /api/v1/occurrences/{id}/participant-sheet",
                "GET /api/v1/occurrences/{id}/signups",
                "PATCH /api/v1/activities/{id}",
                "GET /api/v1/occurrences/overdue",
                "PATCH /api/v1/occurrences/{id}",
                "POST /api/v1/occurrences/{id}/cancellation",
                "GET /api/v1/calendar/volunteers/{id}.ics",
                "POST /api/v1/calendar/volunteers/{id}/feed-url",
                "DELETE /api/v1/calendar/volunteers/{id}/feed-url",
                "POST /api/v1/demo/attendance-history",
                "GET /api/v1/signups/me",
                "GET /api/v1/occurrences",
                "GET /api/v1/occurrences/{id}",
                "GET /api/v1/notifications",
                "POST /api/v1/notifications/{id}/read",
                "POST /api/v1/notifications/read-all",
                "GET /api/v1/notifications/stream");
    }
}
