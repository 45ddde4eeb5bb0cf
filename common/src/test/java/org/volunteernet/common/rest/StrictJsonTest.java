package org.volunteernet.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The body rules of {@link StrictJson}, on a mapper customized as the services' is: wrong JSON types are
 * refused rather than coerced, every string passes {@link RequestText}, dates lie within years 1 to 9999, and
 * each refusal carries the field's path.
 */
@Tag("unit")
class StrictJsonTest {

    record Participant(UUID volunteerId, BigDecimal hours) {
    }

    record Body(Integer capacity, String district, LocalDate birthDate, Instant start, List<String> skills,
            String reflection, List<Participant> participants, Long minutes) {
    }

    record Bounded(@jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(10000) Integer capacity,
            List<String> deeds, java.util.Map<String, Object> consent, java.time.OffsetDateTime start) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static Body read(String json) throws Exception {
        return mapper().readValue(json, Body.class);
    }

    @Test
    void wrongTypesAreRefusedNotCoerced() {
        assertThatThrownBy(() -> read("{\"capacity\":1.5}")).isInstanceOfSatisfying(InvalidFormatException.class,
                e -> assertThat(e.getTargetType()).isEqualTo(Integer.class));
        assertThatThrownBy(() -> read("{\"capacity\":\"5\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"participants\":[{\"hours\":\"2\"}]}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"district\":230110}")).isInstanceOfSatisfying(MismatchedInputException.class,
                e -> assertThat(e.getTargetType()).isEqualTo(String.class));
        assertThatThrownBy(() -> read("{\"skills\":[true]}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"birthDate\":19920408}")).isInstanceOfSatisfying(MismatchedInputException.class,
                e -> assertThat(e.getTargetType()).isEqualTo(LocalDate.class));
        assertThatThrownBy(() -> read("{\"start\":1700000000}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void rightTypesAreRead() throws Exception {
        Body body = read("{\"capacity\":5,\"district\":\"230110\",\"birthDate\":\"1992-04-08\",\"start\":\"2026-01-01T08:00:00Z\","
                + "\"skills\":[\"first-aid\"],\"reflection\":\"line one\\nline two\\tand a tab\","
                + "\"participants\":[{\"hours\":1.5}],\"minutes\":30}");
        assertThat(body.capacity()).isEqualTo(5);
        assertThat(body.reflection()).contains("\n");
        assertThat(body.participants().get(0).hours()).isEqualByComparingTo("1.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u202e", "\\ud800", "\\udc00", "\\u007f", "\\u0085", "\\u2066"})
    void stringsAreRequestText(String character) {
        for (String json : List.of("{\"reflection\":\"a" + character + "b\"}", "{\"skills\":[\"ok\",\"a" + character + "\"]}")) {
            assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(RefusedJsonValue.class, e -> {
                assertThat(e.reason()).startsWith("must not contain");
                assertThat(org.volunteernet.common.problem.ProblemMappersPaths.pathOf(e))
                        .isIn("reflection", "skills[1]");
            });
        }
    }

    @Test
    void yearsBeyond9999AreRefusedWithTheirField() {
        assertThatThrownBy(() -> read("{\"start\":\"+10000-01-01T00:00:00Z\"}")).isInstanceOfSatisfying(RefusedJsonValue.class,
                e -> assertThat(org.volunteernet.common.problem.ProblemMappersPaths.pathOf(e)).isEqualTo("start"));
        assertThatThrownBy(() -> read("{\"birthDate\":\"0000-01-01\"}")).isInstanceOf(RefusedJsonValue.class);
    }

    @Test
    void refusalsNameTheirPathWithAPlainMessage() {
        answers("{\"capacity\":2147483648}", "capacity", "must be an integer from -2147483648 to 2147483647");
        answers("{\"capacity\":1e400}", "capacity", "must be an integer");
        answers("{\"district\":230110}", "district", "must be a string");
        answers("{\"birthDate\":19920408}", "birthDate", "must be a date (YYYY-MM-DD)");
        answers("{\"start\":\"+10000-01-01T00:00:00Z\"}", "start", "must lie within years 1 to 9999");
        answers("{\"minutes\":99999999999999999999}", "minutes", "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        answers("{\"participants\":[{\"hours\":1,\"hours\":2}]}", "participants[0].hours", "given more than once");
        answers("{\"reflection\":\"a\\u0000\"}", "reflection", "must not contain a control character (U+0000)");
    }

    /** Findings F8, F14, F15: the range the field declares, the type expected, plain words for the reader's limits. */
    @Test
    void refusalsSayWhatTheFieldTakes() {
        answers(Bounded.class, "{\"capacity\":99999999999999999999}", "capacity", "must be an integer from 1 to 10000");
        answers(Bounded.class, "{\"capacity\":2147483648}", "capacity", "must be an integer from 1 to 10000");
        answers(Bounded.class, "{\"deeds\":{}}", "deeds", "must be an array");
        answers(Bounded.class, "{\"start\":\"10000-12-20T09:00:00+08:00\"}", "start", "must lie within years 1 to 9999");
        answers(Bounded.class, "{\"start\":\"+10000-12-20T09:00:00+08:00\"}", "start", "must lie within years 1 to 9999");
        answers(Body.class, "{\"birthDate\":\"10000-01-01\"}", "birthDate", "must lie within years 1 to 9999");
        String deep = "{\"consent\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1500) + "}";
        answers(Bounded.class, deep, "consent", "must not be nested more than 1000 levels deep");
    }

    /** Reading {@code json} fails, and ProblemMappers answers naming {@code field} with {@code message}. */
    private static void answers(String json, String field, String message) {
        answers(Body.class, json, field, message);
    }

    private static void answers(Class<?> type, String json, String field, String message) {
        assertThatThrownBy(() -> mapper().readValue(json, type)).as(json).satisfies(e -> {
            assertThat(org.volunteernet.common.problem.ProblemMappersPaths.fieldOf(e)).as(json).isEqualTo(field);
            assertThat(org.volunteernet.common.problem.ProblemMappersPaths.messageOf(e)).as(json).isEqualTo(message);
        });
    }

    @Test
    void textIsStoredInNormalizationFormC() throws Exception {
        // "Zoë" with a combining diaeresis and with the precomposed letter: the same name, read the same
        assertThat(read("{\"district\":\"Zoe\\u0308\",\"skills\":[\"Zo\\u00eb\"]}").district()).isEqualTo("Zo\u00eb");
        assertThat(read("{\"skills\":[\"Zoe\\u0308\"]}").skills()).containsExactly("Zo\u00eb");
    }
}
