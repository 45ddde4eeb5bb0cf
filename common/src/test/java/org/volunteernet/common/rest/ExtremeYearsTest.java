package org.volunteernet.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;

/**
 * Issue 18: years at and beyond the edges of what PostgreSQL and java.time both hold, in every place a client
 * can put one, are a 400 naming the parameter (from, to, any date or date-time query or path parameter, the
 * cursor), never an exception that would answer 500: years +/-999,999,999, 0, -1 and 10000, and their
 * neighbours 1 and 9999, which are accepted.
 */
@Tag("unit")
@net.jqwik.api.Tag("unit")
class ExtremeYearsTest {

    /** The extreme years as ISO-8601 text: what a client can type. */
    static final List<String> EXTREME_YEARS = List.of("+999999999", "-999999999", "0000", "-0001", "+10000", "999999999");

    /** Parameters as resources declare them: their annotations are what the converter provider reads. */
    @SuppressWarnings("unused")
    static void resource(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("at") OffsetDateTime at,
            @QueryParam("since") Instant since, @PathParam("date") LocalDate date, @QueryParam("year") Integer year,
            @QueryParam("limit") int limit) {
    }

    @SuppressWarnings("unchecked")
    static <T> ParamConverter<T> converter(String name) {
        Method method = java.util.Arrays.stream(ExtremeYearsTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("resource")).findFirst().orElseThrow();
        for (int i = 0; i < method.getParameterCount(); i++) {
            Annotation annotation = method.getParameterAnnotations()[i][0];
            String declared = annotation instanceof QueryParam q ? q.value() : ((PathParam) annotation).value();
            if (declared.equals(name)) {
                ParamConverter<T> converter = new QueryParameters().getConverter((Class<T>) method.getParameterTypes()[i],
                        method.getGenericParameterTypes()[i], method.getParameterAnnotations()[i]);
                assertThat(converter).as("a converter for " + name).isNotNull();
                return converter;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The 400 problem a refused value becomes, naming {@code parameter}; any other exception fails. */
    static void refusedNaming(String parameter, String value) {
        assertThatThrownBy(() -> converter(parameter).fromString(value)).as(parameter + "=" + value)
                .isInstanceOfSatisfying(QueryParameters.Refused.class, refused -> {
                    Problem problem = refused.problem().toProblem();
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
                    assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly(parameter);
                });
    }

    static final Cursor.Scope SCOPE = Cursor.scope("test-list");

    /** A cursor of {@link #SCOPE} holding the key {@code joined}, as a client could forge it. */
    static String cursor(String joined) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((SCOPE.digest() + "|" + joined).getBytes(StandardCharsets.UTF_8));
    }

    static void cursorRefused(Runnable read) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem().errors()).extracting(Problem.FieldError::field).containsExactly("cursor");
        });
    }

    @Test
    void extremeYearsInFromAndToAndEveryDateParameterAreA400NamingIt() {
        for (String year : EXTREME_YEARS) {
            for (String parameter : List.of("from", "to", "date")) {
                refusedNaming(parameter, year + "-01-01");
                refusedNaming(parameter, year + "-12-31");
            }
            refusedNaming("at", year + "-06-15T12:00:00Z");
            refusedNaming("at", year + "-06-15T12:00:00+08:00");
            refusedNaming("since", year + "-06-15T12:00:00Z");
        }
    }

    @Test
    void theYearsAtTheEdgesAreAccepted() {
        assertThat(converter("from").fromString("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(converter("to").fromString("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(converter("at").fromString("9999-12-31T23:59:59+08:00")).isEqualTo(OffsetDateTime.parse("9999-12-31T23:59:59+08:00"));
        assertThat(converter("since").fromString("0001-01-01T00:00:00Z")).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
    }

    @Test
    void aYearTooLargeForItsIntegerIsA400NamingItNotAnOverflow() {
        refusedNaming("year", "99999999999");
        refusedNaming("year", "-99999999999");
        refusedNaming("year", "1e9");
        refusedNaming("limit", "999999999999999999999");
        // within int: bean validation's @Min/@Max on the resource refuses it, naming the parameter
        assertThat(converter("year").fromString("999999999")).isEqualTo(999_999_999);
        assertThat(converter("year").fromString("-999999999")).isEqualTo(-999_999_999);
    }

    @Test
    void extremeYearsInACursorAreA400NamingCursor() {
        UUID id = UUID.randomUUID();
        for (String year : EXTREME_YEARS) {
            String instant = year + "-01-01T00:00:00Z";
            cursorRefused(() -> Cursor.read(cursor(year + "-01-01"), SCOPE, 1).date(0));
            cursorRefused(() -> Cursor.read(cursor(instant), SCOPE, 1).instant(0));
            cursorRefused(() -> Cursor.after(cursor(instant + "|" + id), SCOPE, "createdAt", "id", new StringBuilder(), new java.util.HashMap<>()));
        }
        // a cursor made of the edge years reads back
        assertThat(Cursor.read(Cursor.encode(SCOPE, "0001-01-01T00:00:00Z", "9999-12-31"), SCOPE, 2).date(1)).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    /** Any year at all, in any parameter or cursor: read, or a 400 naming it; never another exception (a 500). */
    @Property
    void anyYearIsReadOrA400(@ForAll @IntRange(min = -999_999_999, max = 999_999_999) int year) {
        String text = (year < 0 ? "-" : year > 9999 ? "+" : "") + String.format("%04d", Math.abs(year));
        boolean inRange = year >= 1 && year <= 9999;
        for (String parameter : List.of("from", "to")) {
            if (inRange) {
                assertThatCode(() -> converter(parameter).fromString(text + "-03-05")).doesNotThrowAnyException();
            } else {
                refusedNaming(parameter, text + "-03-05");
            }
        }
        Runnable read = () -> Cursor.read(cursor(text + "-03-05T08:00:00Z"), SCOPE, 1).instant(0);
        if (inRange) {
            assertThatCode(read::run).doesNotThrowAnyException();
        } else {
            cursorRefused(read);
        }
    }
}
