package org.volunteernet.activity;

import io.quarkus.test.junit.QuarkusTest;
import org.volunteernet.common.testing.ServiceBasicsContract;

@QuarkusTest
class ActivityServiceBasicsTest extends ServiceBasicsContract {
}
