package org.volunteernet.volunteer;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.volunteernet.common.testing.EndpointsNeedATokenContract;

@QuarkusTest
class EveryEndpointNeedsATokenTest extends EndpointsNeedATokenContract {

    @Override
    protected List<String> protectedEndpoints() {
        return List.of(
                "POST /api/v1/volunteers",
                "GET /api/v1/volunteers",
                "GET /api/v1/volunteers/me",
                "GET /api/v1/volunteers/{id}",
                "PATCH /api/v1/volunteers/{id}",
                "POST /api/v1/volunteers/{id}/diary",
                "GET /api/v1/volunteers/{id}/diary",
                "GET /api/v1/volunteers/{id}/streak",
                "POST /api/v1/deeds",
                "GET /api/v1/volunteers/{id}/service-records",
                "POST /api/v1/volunteers/{id}/service-records/{id}/corrections",
                "GET /api/v1/corrections",
                "GET /api/v1/corrections/{id}",
                "POST /api/v1/corrections/{id}/decision",
                "GET /api/v1/volunteers/{id}/star",
                "POST /api/v1/volunteers/{id}/certificates",
                "GET /api/v1/volunteers/{id}/certificates/ABCD-EFGH-JKMN-PQRS/pdf",
                "POST /api/v1/volunteers/directory",
                "POST /api/v1/demo/diary-history");
    }
}
