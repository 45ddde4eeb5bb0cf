package org.volunteernet.brand;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.volunteernet.common.testing.EndpointsNeedATokenContract;

@QuarkusTest
class EveryEndpointNeedsATokenTest extends EndpointsNeedATokenContract {

    @Override
    protected List<String> protectedEndpoints() {
        return List.of(
                "POST /api/v1/brands",
                "GET /api/v1/brands",
                "GET /api/v1/brands/{id}",
                "POST /api/v1/brands/{id}/leaders",
                "DELETE /api/v1/brands/{id}/leaders/{id}",
                "POST /api/v1/brands/{id}/groups",
                "POST /api/v1/brands/{id}/organizations",
                "GET /api/v1/groups/{id}",
                "POST /api/v1/groups/{id}/members",
                "POST /api/v1/groups/{id}/members/{id}/approval",
                "DELETE /api/v1/groups/{id}/members/me",
                "DELETE /api/v1/groups/{id}/members/{id}",
                "POST /api/v1/work-units",
                "GET /api/v1/work-units/{id}",
                "GET /api/v1/work-units/{id}/members");
    }
}
