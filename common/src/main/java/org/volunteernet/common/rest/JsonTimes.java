package org.volunteernet.common.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One format for instants in every service's answers (README, HTTP contract): ISO-8601 in UTC ({@code Z}) to
 * the microsecond at most, which is what PostgreSQL keeps, so that a time answered at once ({@code signedUpAt} of
 * a fresh sign-up) is written exactly as the same time read back later (a roster, a list), never with 9 decimals
 * one time and 6 the next: {@code 2026-11-28T01:05:09.123456Z} (trailing zero groups left off, as ISO_INSTANT does).
 * Times of the schedule (an occurrence's start and end) stay {@code OffsetDateTime}s in the network's zone.
 */
@Singleton
public class JsonTimes implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("volunteernet-times").addSerializer(Instant.class, new InstantInUtc()));
    }

    static final class InstantInUtc extends StdSerializer<Instant> {

        InstantInUtc() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(value));
        }
    }

    /** The answer's text of an instant: UTC, at most microseconds. */
    public static String format(Instant value) {
        return DateTimeFormatter.ISO_INSTANT.format(value.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * For an {@code ...At} field held as an {@code OffsetDateTime} in the network's zone (because documents such as
     * a roster's CSV print it as local time): answered as the instant it is, in UTC like every other {@code ...At}
     * ({@code @JsonSerialize(using = JsonTimes.AsInstant.class)}), never with the zone's {@code +08:00}.
     */
    public static final class AsInstant extends StdSerializer<OffsetDateTime> {

        public AsInstant() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(value.toInstant()));
        }
    }
}
