package org.volunteernet.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link ServiceHours}: more than 0, at most 24, at most 2 decimals (trailing zeros do not count). */
public class ServiceHoursValidator implements ConstraintValidator<ServiceHours, BigDecimal> {

    private static final BigDecimal MAX = BigDecimal.valueOf(24);

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return value == null || holds(value);
    }

    /** Whether {@code hours} (not null) are a service's hours: 0 &lt; hours &le; 24 with at most 2 decimals. */
    public static boolean holds(BigDecimal hours) {
        return hours.signum() > 0 && hours.compareTo(MAX) <= 0 && hours.stripTrailingZeros().scale() <= 2;
    }
}
