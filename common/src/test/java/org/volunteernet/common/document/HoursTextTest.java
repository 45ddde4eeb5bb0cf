package org.volunteernet.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hours in documents for people: always 2 decimals, whatever scale they arrive with. */
@Tag("unit")
class HoursTextTest {

    @Test
    void hoursAlwaysHaveTwoDecimals() {
        assertThat(HoursText.of(new BigDecimal("3"))).isEqualTo("3.00");
        assertThat(HoursText.of(new BigDecimal("6.5"))).isEqualTo("6.50");
        assertThat(HoursText.of(new BigDecimal("1.25"))).isEqualTo("1.25");
        assertThat(HoursText.of(new BigDecimal("0"))).isEqualTo("0.00");
        assertThat(HoursText.of(new BigDecimal("3.000"))).isEqualTo("3.00");
        assertThat(HoursText.of(new BigDecimal("3E+1"))).isEqualTo("30.00");
        assertThat(HoursText.of(null)).isNull();
    }
}
