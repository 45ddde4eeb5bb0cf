package org.volunteernet.volunteer;

import io.quarkus.test.junit.QuarkusTest;
import org.volunteernet.common.testing.ServiceBasicsContract;

@QuarkusTest
class VolunteerServiceBasicsTest extends ServiceBasicsContract {
}
