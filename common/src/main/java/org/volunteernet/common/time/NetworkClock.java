package org.volunteernet.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now" for every time a service creates, stores, answers or publishes
 * ({@code registeredAt}, {@code recordedAt}, {@code issuedAt}, an event's {@code time}, ...).
 * <p>
 * Rule: every instant it gives is truncated to whole microseconds, the precision PostgreSQL keeps in a
 * {@code timestamptz}. So the time answered at once by a write is, to the digit, the time read back
 * later (README "One JSON format": "ISO-8601 in UTC to the microsecond at most"); a time with
 * nanoseconds would be answered with them and then read back rounded by the database. Domain code takes
 * "now" from here, never from {@code Instant.now()}.
 */
public final class NetworkClock {

    private NetworkClock() {
    }

    /** The current instant of the system clock (UTC), truncated to microseconds. */
    public static Instant now() {
        return now(Clock.systemUTC());
    }

    /** The current instant of {@code clock}, truncated to microseconds. */
    public static Instant now(Clock clock) {
        return micros(clock.instant());
    }

    /** {@code instant} truncated (never rounded) to whole microseconds; null stays null. */
    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code dateTime} truncated (never rounded) to whole microseconds, its offset kept; null stays null. */
    public static OffsetDateTime micros(OffsetDateTime dateTime) {
        return dateTime == null ? null : dateTime.truncatedTo(ChronoUnit.MICROS);
    }
}
