package org.volunteernet.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.volunteernet.common.testing.ServiceBasicsContract;

@QuarkusTest
class ReportingServiceBasicsTest extends ServiceBasicsContract {
}
