package org.volunteernet.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An integer query parameter beyond its Java type is told its declared range, not "must be an integer". */
@Tag("unit")
class QueryParametersIntegerTest {

    @SuppressWarnings("unused")
    void resource(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("limit") Integer limit,
            @QueryParam("after") long after) {
    }

    @SuppressWarnings("unused")
    void byId(@QueryParam("volunteerId") java.util.UUID id) {
    }

    private static ParamConverter<?> converter(int index, Class<?> type) throws Exception {
        Annotation[] annotations = QueryParametersIntegerTest.class
                .getDeclaredMethod("resource", Integer.class, Integer.class, long.class).getParameterAnnotations()[index];
        return new QueryParameters().getConverter(type, type, annotations);
    }

    private static String refusal(ParamConverter<?> converter, String value) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> converter.fromString(value));
        assertThat(thrown).as(value).isInstanceOf(QueryParameters.Refused.class);
        return ((QueryParameters.Refused) thrown).problem().toProblem().errors().get(0).message();
    }

    @Test
    void beyondTheTypeIsToldTheDeclaredRange() throws Exception {
        ParamConverter<?> year = converter(0, Integer.class);
        assertThat(year.fromString("2026")).isEqualTo(2026);
        assertThat(refusal(year, "99999999999999")).isEqualTo("must be less than or equal to 2100");
        assertThat(refusal(year, "-99999999999999")).isEqualTo("must be greater than or equal to 2000");
        assertThat(refusal(year, "twenty")).startsWith("must be an integer, not");
        assertThat(refusal(converter(1, Integer.class), "2147483648")).isEqualTo("must be an integer from -2147483648 to 2147483647");
        assertThat(refusal(converter(2, long.class), "99999999999999999999"))
                .isEqualTo("must be an integer from -9223372036854775808 to 9223372036854775807");
        assertThatThrownBy(() -> converter(2, long.class).fromString("1.5")).isInstanceOf(QueryParameters.Refused.class);
    }

    /** Tester's finding: ?year=２０２６ and ?year=٢٠٢٦ were read as 2026, ?limit=１ as 1. ASCII digits only. */
    @Test
    void nonAsciiDigitsAreNotANumber() throws Exception {
        ParamConverter<?> year = converter(0, Integer.class);
        ParamConverter<?> limit = converter(1, Integer.class);
        ParamConverter<?> after = converter(2, long.class);
        assertThat(refusal(year, "\uFF12\uFF10\uFF12\uFF16")).isEqualTo("must be an integer, not '\uFF12\uFF10\uFF12\uFF16'");
        assertThat(refusal(year, "\u0662\u0660\u0662\u0666")).startsWith("must be an integer, not");
        assertThat(refusal(limit, "\uFF11")).startsWith("must be an integer, not");
        assertThat(refusal(after, "\u0967")).startsWith("must be an integer, not"); // Devanagari 1
        assertThat(org.volunteernet.common.problem.ProblemLanguage.ZH_CN.localize(
                org.volunteernet.common.problem.ProblemException.invalid("year", refusal(year, "\uFF12\uFF10\uFF12\uFF16")).toProblem())
                .errors().get(0).message()).isEqualTo("必须是整数，而不是“\uFF12\uFF10\uFF12\uFF16”");
        assertThat(limit.fromString("1")).isEqualTo(1);
        ParamConverter<?> id = new QueryParameters().getConverter(java.util.UUID.class, java.util.UUID.class,
                QueryParametersIntegerTest.class.getDeclaredMethod("byId", java.util.UUID.class).getParameterAnnotations()[0]);
        assertThat(refusal(id, "\uFF11\uFF1111111-1111-1111-1111-111111111111")).startsWith("must be a UUID, not");
        assertThat(refusal(id, "1-1-1-1-1")).startsWith("must be a UUID, not");
        assertThat(id.fromString("11111111-1111-1111-1111-111111111111")).hasToString("11111111-1111-1111-1111-111111111111");
    }
}
