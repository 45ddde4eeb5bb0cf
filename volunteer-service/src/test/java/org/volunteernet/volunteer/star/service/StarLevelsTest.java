package org.volunteernet.volunteer.star.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Star levels by verified hours, without Quarkus: the default thresholds and a city's own. */
@Tag("unit")
@net.jqwik.api.Tag("unit")
class StarLevelsTest {

    static StarService stars(int... thresholds) {
        List<BigDecimal> list = java.util.Arrays.stream(thresholds).mapToObj(BigDecimal::valueOf).toList();
        StarConfig config = () -> list;
        return new StarService(config);
    }

    @Test
    void aLevelIsReachedAtItsThresholdNotBefore() {
        StarService defaults = stars(100, 300, 600, 1000, 1500);
        assertThat(defaults.levelFor(new BigDecimal("99.99"))).isZero();
        assertThat(defaults.levelFor(new BigDecimal("100.00"))).isEqualTo(1);
        assertThat(defaults.levelFor(new BigDecimal("599.99"))).isEqualTo(2);
        assertThat(defaults.levelFor(new BigDecimal("1500"))).isEqualTo(5);
        assertThat(defaults.levelFor(new BigDecimal("100000"))).isEqualTo(5);
        // a city's own thresholds, configured in any order
        StarService city = stars(1000, 100, 500, 200, 800);
        assertThat(city.thresholds()).extracting(BigDecimal::intValue).containsExactly(100, 200, 500, 800, 1000);
        assertThat(city.levelFor(new BigDecimal("200"))).isEqualTo(2);
        assertThat(city.levelFor(new BigDecimal("999.99"))).isEqualTo(4);
    }

    /** More hours never mean fewer stars, and a level stays within 0..5. */
    @Property
    void levelsGrowWithHours(@ForAll @BigRange(min = "0", max = "3000") BigDecimal hours,
            @ForAll @BigRange(min = "0", max = "500") BigDecimal more) {
        StarService defaults = stars(100, 300, 600, 1000, 1500);
        int level = defaults.levelFor(hours);
        assertThat(level).isBetween(0, 5);
        assertThat(defaults.levelFor(hours.add(more))).isGreaterThanOrEqualTo(level);
    }
}
