package org.volunteernet.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ServiceHoursValidatorTest {

    @Test
    void serviceHoursAreMoreThanZeroAtMost24WithAtMostTwoDecimals() {
        for (String refused : new String[] {"0", "-0", "0.00", "-0.5", "24.01", "25", "2.555", "1E-400", "1E+400",
                "3.000000000000000000001", "99999999999999999999"}) {
            assertThat(ServiceHoursValidator.holds(new BigDecimal(refused))).as(refused).isFalse();
        }
        for (String accepted : new String[] {"0.01", "2.5", "3.00", "3.000", "24", "24.00", "1E+1"}) {
            assertThat(ServiceHoursValidator.holds(new BigDecimal(accepted))).as(accepted).isTrue();
        }
        assertThat(new ServiceHoursValidator().isValid(null, null)).isTrue(); // @NotNull says whether they are required
    }
}
