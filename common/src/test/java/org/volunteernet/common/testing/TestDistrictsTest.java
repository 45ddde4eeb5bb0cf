package org.volunteernet.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class TestDistrictsTest {

    @Test
    void theCounterHandsOutEachValueOnceAndWrapsWithinItsRange(@TempDir Path dir) throws Exception {
        Path counter = dir.resolve("counter");
        Files.writeString(counter, String.valueOf(TestDistricts.COUNT - 2));
        assertThat(TestDistricts.next(counter)).isEqualTo(TestDistricts.COUNT - 2);
        assertThat(TestDistricts.next(counter)).isEqualTo(TestDistricts.COUNT - 1);
        assertThat(TestDistricts.next(counter)).isZero();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(TestDistricts.next(counter))).isTrue();
        }
    }

    @Test
    void codesAreSixDigitsOutsideTheRealOnes() {
        String code = TestDistricts.fresh();
        assertThat(code).matches("9[0-9]{5}");
        assertThat(TestDistricts.fresh()).isNotEqualTo(code);
    }
}
