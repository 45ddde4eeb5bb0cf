package org.volunteernet.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finding F8: a number's violations are one error for its field, in plain words (never Hibernate Validator's
 * "numeric value out of bounds (&lt;2 digits&gt;.&lt;2 digits&gt; expected)"), in Chinese by default.
 */
@Tag("unit")
class NumberViolationsTest {

    /** As the services declare hours (the bounds with their messages spelled out: this validator evaluates no EL). */
    record Participant(@DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @DecimalMax(value = "24", message = "must be less than or equal to 24") @Digits(integer = 2, fraction = 2)
            BigDecimal hours) {
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static List<Problem.FieldError> errors(String hours, ProblemLanguage language) {
        var violations = VALIDATOR.validate(new Participant(new BigDecimal(hours)));
        Problem problem = (Problem) new ProblemMappers()
                .constraintViolation(new ConstraintViolationException(violations), null).getEntity();
        return language.localize(problem).errors();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-400", "2.555", "3.000000000000000000001"})
    void digitsAreOneErrorInPlainWords(String hours) {
        assertThat(errors(hours, ProblemLanguage.EN)).containsExactly(
                new Problem.FieldError("hours", "must have at most 2 integer digits and 2 decimals"));
        assertThat(errors(hours, ProblemLanguage.ZH_CN)).containsExactly(new Problem.FieldError("hours", "最多 2 位整数、2 位小数"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "99999999999999999999"})
    void aNumberBeyondItsBoundIsOneErrorNamingTheBound(String hours) {
        assertThat(errors(hours, ProblemLanguage.ZH_CN)).containsExactly(new Problem.FieldError("hours", "必须小于或等于 24"));
    }
}
