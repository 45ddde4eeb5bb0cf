package org.volunteernet.common.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;
import org.volunteernet.common.problem.ProblemException;

/**
 * Reads typed query and path parameters so that an unparsable one is a 400 problem+json naming it
 * (JAX-RS would answer 404, as if a resource named "not-a-uuid" might exist; a well-formed id of
 * nothing stays a 404). Dates and date-times must lie within years 1..9999, so that a year of
 * +999999999 is refused here instead of overflowing later. Types: {@link LocalDate} (YYYY-MM-DD),
 * {@link OffsetDateTime} and {@link Instant} (ISO-8601), {@link UUID}, {@link Integer}/int and
 * {@link Long}/long. Other parameters (header, cookie, form) keep the framework's converters (a 400).
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    static final int EARLIEST_YEAR = 1;
    static final int LATEST_YEAR = 9999;

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                name = query.value();
            } else if (annotation instanceof PathParam path) {
                name = path.value();
            }
        }
        if (name == null) {
            return null;
        }
        Function<String, ?> parse = parser(rawType, name, annotations);
        return parse == null ? null : (ParamConverter<T>) new Converter<>(name, describe(rawType), parse);
    }

    private static Function<String, ?> parser(Class<?> type, String name, Annotation[] annotations) {
        if (type == LocalDate.class) {
            return text -> within(name, "a date (YYYY-MM-DD)", LocalDate.parse(text).getYear(), LocalDate.parse(text));
        }
        if (type == OffsetDateTime.class) {
            return text -> within(name, "a date-time with offset (ISO-8601)", OffsetDateTime.parse(text).getYear(),
                    OffsetDateTime.parse(text));
        }
        if (type == Instant.class) {
            return text -> {
                OffsetDateTime at = OffsetDateTime.parse(text);
                return within(name, "a date-time with offset (ISO-8601)", at.getYear(), at.toInstant());
            };
        }
        if (type == UUID.class) {
            return text -> {
                // the 8-4-4-4-12 form in ASCII hex: UUID.fromString would take full-width digits and "1-1-1-1-1"
                if (!UUID_TEXT.matcher(text).matches()) {
                    throw new IllegalArgumentException(text);
                }
                return UUID.fromString(text);
            };
        }
        if (type == Integer.class || type == int.class) {
            return text -> integer(name, text, annotations, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer::valueOf);
        }
        if (type == Long.class || type == long.class) {
            return text -> integer(name, text, annotations, Long.MIN_VALUE, Long.MAX_VALUE, Long::valueOf);
        }
        return null;
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant" -> "a date-time with offset (ISO-8601)";
            case "UUID" -> "a UUID";
            default -> "an integer";
        };
    }

    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9]+");

    /**
     * An integer parameter; one that is an integer but beyond its Java type ({@code year=99999999999999}) is told
     * the range the parameter declares, as a value just outside it is by Bean Validation ("must be less than or
     * equal to 2100" above an {@code @Max}, "must be greater than or equal to" below a {@code @Min}), or the type's
     * range when it declares none ("must be an integer from -2147483648 to 2147483647"), not "must be an integer".
     */
    static <T> T integer(String name, String text, Annotation[] annotations, long lowest, long highest,
            Function<String, T> parse) {
        String digits = text.strip();
        if (!WHOLE_NUMBER.matcher(digits).matches()) {
            // ASCII digits only: Integer.valueOf would read ２０２６ (full-width) and ٢٠٢٦ (Arabic-Indic) as 2026
            throw new NumberFormatException(digits);
        }
        try {
            return parse.apply(digits);
        } catch (NumberFormatException e) {
            if (!WHOLE_NUMBER.matcher(digits).matches()) {
                throw e;
            }
            boolean above = !digits.startsWith("-");
            for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
                if (above && annotation instanceof jakarta.validation.constraints.Max max) {
                    throw new Refused(ProblemException.invalid(name, "must be less than or equal to " + max.value()));
                }
                if (!above && annotation instanceof jakarta.validation.constraints.Min min) {
                    throw new Refused(ProblemException.invalid(name, "must be greater than or equal to " + min.value()));
                }
            }
            throw new Refused(ProblemException.invalid(name, "must be an integer from " + lowest + " to " + highest));
        }
    }

    private static <T> T within(String name, String what, int year, T value) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new Refused(ProblemException.invalid(name, "must be " + what + " within years 1 to 9999"));
        }
        return value;
    }

    /** A converter failure carried through JAX-RS to the problem mapper, which answers its problem. */
    public static final class Refused extends WebApplicationException {
        private final ProblemException problem;

        Refused(ProblemException problem) {
            super(problem.getMessage(), problem, 400);
            this.problem = problem;
        }

        public ProblemException problem() {
            return problem;
        }
    }

    private record Converter<T>(String name, String what, Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (Refused e) {
                throw e;
            } catch (DateTimeException | IllegalArgumentException e) {
                if (e instanceof DateTimeException && StrictJson.LONG_YEAR.matcher(value).find()) {
                    throw new Refused(ProblemException.invalid(name, "must be " + what + " within years 1 to 9999"));
                }
                throw new Refused(ProblemException.invalid(name, "must be " + what + ", not '" + abbreviate(value) + "'"));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    private static String abbreviate(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
