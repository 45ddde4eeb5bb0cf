package org.volunteernet.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import org.junit.jupiter.api.Test;

class NetworkClockTest {

    @Test
    void nowIsTruncatedToMicrosecondsNeverRounded() {
        // the trial's instant: PostgreSQL would round ...359507 to ...360; the answer and the row both say ...359
        Clock fixed = Clock.fixed(Instant.parse("2026-12-01T16:11:10.884359507Z"), ZoneOffset.UTC);
        assertThat(NetworkClock.now(fixed)).isEqualTo(Instant.parse("2026-12-01T16:11:10.884359Z"));
        Clock almostNextSecond = Clock.fixed(Instant.parse("2026-12-01T23:59:59.999999999Z"), ZoneOffset.UTC);
        assertThat(NetworkClock.now(almostNextSecond)).isEqualTo(Instant.parse("2026-12-01T23:59:59.999999Z"));
        Clock whole = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(NetworkClock.now(whole)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void theSystemClocksNowHasNoNanoseconds() {
        for (int i = 0; i < 1000; i++) {
            Instant now = NetworkClock.now();
            assertThat(now.getNano() % 1000).isZero();
            assertThat(now.toString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z");
        }
    }

    @Test
    void datesWithOffsetKeepTheirOffsetAndLoseTheirNanoseconds() {
        OffsetDateTime until = OffsetDateTime.parse("2027-03-02T00:11:39.714962545+08:00");
        OffsetDateTime truncated = NetworkClock.micros(until);
        assertThat(truncated).isEqualTo(OffsetDateTime.parse("2027-03-02T00:11:39.714962+08:00"));
        assertThat(truncated.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(truncated.get(ChronoField.NANO_OF_SECOND) % 1000).isZero();
        assertThat(NetworkClock.micros((Instant) null)).isNull();
        assertThat(NetworkClock.micros((OffsetDateTime) null)).isNull();
    }
}
