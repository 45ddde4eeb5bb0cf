package org.volunteernet.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The hours of one volunteer's service on one occasion, in decimal hours: more than 0 (0 and -0 are refused: a
 * service record never has 0 hours), at most 24, at most 2 decimals. The one rule for every place that gives
 * such hours: a completion's participant and a correction's proposed hours alike, so that a correction can never
 * propose hours a completion could not record. A value breaking it gives one field message (below), whatever
 * part it breaks. {@link ServiceHoursValidator#holds} is the rule itself, for hours read from elsewhere (a
 * participant sheet's cells). Null is valid; combine with @NotNull where the hours are required. The OpenAPI schema of a
 * field so marked states the same bounds with {@code @Schema(minimum = "0", exclusiveMinimum = true, maximum = "24")}.
 */
@Documented
@Constraint(validatedBy = ServiceHoursValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ServiceHours {

    /** The field message of a refusal (Chinese in ProblemLanguage). */
    String MESSAGE = "must be more than 0 and at most 24, with at most 2 decimals";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
