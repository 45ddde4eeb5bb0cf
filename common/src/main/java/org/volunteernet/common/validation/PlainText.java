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
 * Text a person typed: no control characters (line breaks included), no unpaired surrogate (it cannot
 * be stored as UTF-8) and no bidirectional control (Unicode TR 36: text that displays differently
 * from what it says), and no invisible format character such as U+200B zero width space, U+2060 word joiner,
 * U+FEFF or U+00AD soft hyphen (two names that look the same must be the same; see
 * {@link PlainTextValidator#isInvisible}; a zero width joiner inside an emoji sequence is allowed). Null is valid; combine with @NotBlank. Checked by {@link PlainTextValidator}
 * rather than a regular expression, so that the OpenAPI documents carry no Java-only pattern.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "must not contain control characters, unpaired surrogates, bidirectional controls or invisible characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
