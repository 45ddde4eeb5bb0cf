package org.volunteernet.common.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DemoFacilityTest {

    @Test
    void productionStartsWithTheDemoFacilityOnlyOnTheLocalStack() {
        assertThat(DemoFacility.allowed(LaunchMode.NORMAL, false, false)).isTrue();
        assertThat(DemoFacility.allowed(LaunchMode.NORMAL, true, false)).isFalse();
        assertThat(DemoFacility.allowed(LaunchMode.NORMAL, true, true)).isTrue();
        assertThat(DemoFacility.allowed(LaunchMode.TEST, true, false)).isTrue();
        assertThat(DemoFacility.allowed(LaunchMode.DEVELOPMENT, true, false)).isTrue();
    }
}
