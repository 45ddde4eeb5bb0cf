package org.volunteernet.volunteer.record.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The 24-hours-a-day rule and the correction date window, without booting Quarkus. */
@Tag("unit")
@net.jqwik.api.Tag("unit")
class DailyHoursTest {

    @Test
    void theExampleOfTheIssueIsCappedAt24() {
        BigDecimal day = BigDecimal.ZERO;
        List<BigDecimal> certified = new java.util.ArrayList<>();
        for (String h : new String[] {"21.5", "21.49", "0.01"}) {
            BigDecimal c = DailyHours.capped(new BigDecimal(h), day);
            certified.add(c);
            day = day.add(c);
        }
        assertThat(certified).containsExactly(new BigDecimal("21.5"), new BigDecimal("2.50"), new BigDecimal("0.00"));
        assertThat(day).isEqualByComparingTo("24");
    }

    @Property(tries = 500)
    void anySequenceOfRecordsStaysWithinADay(@ForAll @Size(max = 20) List<@IntRange(min = 1, max = 2400) Integer> hundredths) {
        BigDecimal day = BigDecimal.ZERO;
        for (int h : hundredths) {
            BigDecimal requested = BigDecimal.valueOf(h, 2);
            BigDecimal c = DailyHours.capped(requested, day);
            assertThat(c).isLessThanOrEqualTo(requested).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(DailyHours.fits(c, day)).isTrue();
            day = day.add(c);
        }
        assertThat(day).isLessThanOrEqualTo(DailyHours.DAY);
    }

    @Test
    void aCorrectionDateLiesBetweenAYearBeforeTheRecordAndToday() {
        LocalDate record = LocalDate.of(2026, 11, 20);
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(DailyHours.correctionDateAllowed(record, LocalDate.of(2062, 12, 1), today)).isFalse();
        assertThat(DailyHours.correctionDateAllowed(record, today.plusDays(1), today)).isFalse();
        assertThat(DailyHours.correctionDateAllowed(record, today, today)).isTrue();
        assertThat(DailyHours.correctionDateAllowed(record, record.minusYears(1), today)).isTrue();
        assertThat(DailyHours.correctionDateAllowed(record, record.minusYears(1).minusDays(1), today)).isFalse();
    }
}
