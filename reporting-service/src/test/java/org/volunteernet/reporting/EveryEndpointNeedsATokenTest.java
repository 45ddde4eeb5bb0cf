package org.volunteernet.reporting;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.volunteernet.common.testing.EndpointsNeedATokenContract;

@QuarkusTest
class EveryEndpointNeedsATokenTest extends EndpointsNeedATokenContract {

    @Override
    protected List<String> protectedEndpoints() {
        return List.of("GET /api/v1/reports/districts/230110", "GET /api/v1/reports/districts/230110/export.csv",
                "GET /api/v1/reports/districts/230110/monthly.svg", "GET /api/v1/reports/city",
                "GET /api/v1/reports/volunteers/{id}/year", "GET /api/v1/reports/brands/{id}",
                "GET /api/v1/reports/work-units/{id}",
                "GET /api/v1/reports/brands/{id}/export.csv", "GET /api/v1/reports/work-units/{id}/export.csv", "POST /api/v1/reports/rebuilds", "GET /api/v1/reports/rebuilds/{id}");
    }
}
