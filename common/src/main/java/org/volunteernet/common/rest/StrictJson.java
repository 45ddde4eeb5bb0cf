package org.volunteernet.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Request bodies are read strictly, once for every service (the CDI ObjectMapper all of them use):
 * <ul>
 * <li>a key given twice ({@code {"district":"230102","district":"230110"}}), at any depth, is an error the
 * client hears about (400 naming the key's path), never "the last one wins" (RFC 8259 §4 leaves duplicates
 * undefined, and two readers may disagree about which one counts); so is text after the JSON value;</li>
 * <li>no silent coercion: a number with a fraction for an integer ({@code "capacity":1.5}), a string for a
 * number or boolean ({@code "hours":"2"}), a number or boolean for a string ({@code "district":230110}),
 * anything but a string for a date or date-time ({@code "birthDate":19920408}) is a 400 naming the field
 * ("must be an integer", "must be a string", "must be a date (YYYY-MM-DD)");</li>
 * <li>every string of a body passes {@link RequestText} (no NUL, no other control character but tab and
 * line breaks, no unpaired surrogate, no bidirectional control), the floor under the stricter
 * {@code @PlainText} of single-line fields;</li>
 * <li>dates and date-times lie within years 1 to 9999 (what PostgreSQL and the query parameters take):
 * {@code "start":"+10000-01-01T00:00:00Z"} is a 400 naming {@code start}, not a later comparison.</li>
 * </ul>
 * Each refusal of a value is a {@link RefusedJsonValue}, which Jackson locates ({@code participants[0].hours})
 * and ProblemMappers answers.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final int EARLIEST_YEAR = 1;
    static final int LATEST_YEAR = 9999;
    private static final Set<Class<?>> DATED = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // {"name":"x"} garbage: the whole body must be the one JSON value, not a prefix of it
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType textual : new LogicalType[] {LogicalType.Textual, LogicalType.DateTime}) {
            mapper.coercionConfigFor(textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("volunteernet-strict-json").setDeserializerModifier(new Checks()));
    }

    /** Wraps the standard deserializers of strings and of dates with the checks above. */
    static final class Checks extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class) {
                return new Checked(deserializer, Checked.Kind.TEXT);
            }
            if (DATED.contains(type)) {
                return new Checked(deserializer, Checked.Kind.DATED);
            }
            return deserializer;
        }
    }

    /** A standard deserializer whose token (dates: before) and value (after) are checked. */
    static final class Checked extends DelegatingDeserializer {
        enum Kind { TEXT, DATED }

        private final Kind kind;

        Checked(JsonDeserializer<?> delegate, Kind kind) {
            super(delegate);
            this.kind = kind;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee, kind);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (kind == Kind.DATED && !parser.hasToken(JsonToken.VALUE_STRING)) {
                // a number would be read as days or seconds since 1970: "must be a date", not a wrong date
                return context.handleUnexpectedToken(handledType(), parser);
            }
            if (kind == Kind.DATED && LONG_YEAR.matcher(parser.getText()).find()) {
                // "10000-12-20T09:00:00+08:00" (no sign) does not parse: a year beyond 9999 all the same, said so
                throw new RefusedJsonValue(parser, OUT_OF_RANGE);
            }
            Object value = super.deserialize(parser, context);
            Optional<String> refusal = kind == Kind.TEXT
                    ? (value instanceof String text ? RequestText.problemIn(text) : Optional.empty())
                    : outsideYears(value);
            if (refusal.isPresent()) {
                throw new RefusedJsonValue(parser, refusal.get());
            }
            if (kind == Kind.TEXT && value instanceof String text && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                // "é" as e + U+0301 and as U+00E9 look the same: stored once, in NFC, so names compare as they look
                return Normalizer.normalize(text, Normalizer.Form.NFC);
            }
            return value;
        }
    }

    /** Why a date or date-time lies outside years 1 to 9999, or empty. */
    static Optional<String> outsideYears(Object value) {
        int year;
        if (value instanceof LocalDate date) {
            year = date.getYear();
        } else if (value instanceof LocalDateTime dateTime) {
            year = dateTime.getYear();
        } else if (value instanceof OffsetDateTime dateTime) {
            year = dateTime.atZoneSameInstant(ZoneOffset.UTC).getYear();
        } else if (value instanceof ZonedDateTime dateTime) {
            year = dateTime.withZoneSameInstant(ZoneOffset.UTC).getYear();
        } else if (value instanceof Instant instant) {
            if (instant.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
                    || instant.isAfter(Instant.parse("9999-12-31T23:59:59.999999999Z"))) {
                return Optional.of(OUT_OF_RANGE);
            }
            return Optional.empty();
        } else {
            return Optional.empty();
        }
        return year < EARLIEST_YEAR || year > LATEST_YEAR ? Optional.of(OUT_OF_RANGE) : Optional.empty();
    }

    static final String OUT_OF_RANGE = "must lie within years 1 to 9999";

    /** A date or date-time whose year has five digits or more, signed or not: outside years 1 to 9999. */
    public static final java.util.regex.Pattern LONG_YEAR = java.util.regex.Pattern.compile("^\\s*[+-]?[0-9]{5,}-[0-9]{2}-[0-9]{2}");
}
