package org.volunteernet.brand;

import io.quarkus.test.junit.QuarkusTest;
import org.volunteernet.common.testing.ServiceBasicsContract;

@QuarkusTest
class BrandServiceBasicsTest extends ServiceBasicsContract {
}
