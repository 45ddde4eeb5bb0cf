package org.volunteernet.activity.completion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.completion.domain.WorkingCalendar.Deadline;

/** The 2026 calendar as the State Council published it (国办发明电〔2025〕7号); no Quarkus boot. */
@Tag("unit")
class WorkingCalendarTest {

    static final String RESOURCE = "working-calendar/cn-2026.csv";

    static WorkingCalendar official2026() {
        return WorkingCalendar.empty().with(new InputStreamReader(Objects.requireNonNull(
                WorkingCalendarTest.class.getClassLoader().getResourceAsStream(RESOURCE)), StandardCharsets.UTF_8), RESOURCE);
    }

    final WorkingCalendar calendar = official2026();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void everyDayOffOfTheNoticeIsNoWorkingDay() {
        for (String[] range : List.of(new String[] {"2026-01-01", "2026-01-03"}, new String[] {"2026-02-15", "2026-02-23"},
                new String[] {"2026-04-04", "2026-04-06"}, new String[] {"2026-05-01", "2026-05-05"},
                new String[] {"2026-06-19", "2026-06-21"}, new String[] {"2026-09-25", "2026-09-27"},
                new String[] {"2026-10-01", "2026-10-07"})) {
            for (LocalDate day = d(range[0]); !day.isAfter(d(range[1])); day = day.plusDays(1)) {
                assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
            }
        }
    }

    @Test
    void everyMakeUpDayOfTheNoticeIsAWorkingDay() {
        for (String day : List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")) {
            assertThat(calendar.isWorkingDay(d(day))).as(day).isTrue();
        }
    }

    @Test
    void otherDaysFollowTheWeek() {
        assertThat(calendar.isWorkingDay(d("2026-10-08"))).isTrue(); // Thursday after National Day
        assertThat(calendar.isWorkingDay(d("2026-10-11"))).isFalse(); // Sunday after the make-up Saturday
        assertThat(calendar.isWorkingDay(d("2026-11-21"))).isFalse(); // a plain Saturday
        assertThat(calendar.isWorkingDay(d("2026-12-31"))).isTrue();
    }

    @Test
    void anActivityEndingOnSeptember18thIsRecordedByOctober9th() {
        // Sep 20 (Sun, make-up), 21, 22, 23, 24, 28, 29, 30, Oct 8, Oct 9: ten working days
        assertThat(calendar.deadline(d("2026-09-18"), 10)).isEqualTo(new Deadline(d("2026-10-09"), false));
        assertThat(calendar.remaining(d("2026-09-18"), d("2026-10-09"))).isEqualTo(10);
    }

    @Test
    void decemberDeadlinesNeverFallOnNewYearsDay() {
        // Dec 21-25 and 28-31 are nine working days; Jan 1 2027 is a statutory holiday (Decree 795 Art. 2), the
        // tenth day is Monday Jan 4 2027, estimated because the 2027 notice is not loaded
        for (String ended : List.of("2026-12-18", "2026-12-19", "2026-12-20")) {
            assertThat(calendar.deadline(d(ended), 10)).as(ended).isEqualTo(new Deadline(d("2027-01-04"), true));
        }
    }

    @Test
    void deadlinesAroundSpringFestivalCountTheMakeUpSaturdays() {
        // ended Fri Feb 6: Feb 9-13 (5), Sat Feb 14 (6), Feb 15-23 off, Feb 24-27 (10)
        assertThat(calendar.deadline(d("2026-02-06"), 10)).isEqualTo(new Deadline(d("2026-02-27"), false));
        // ended Fri Feb 20: Feb 24-27 (4), Sat Feb 28 (5), Mar 2-6 (10)
        assertThat(calendar.deadline(d("2026-02-20"), 10)).isEqualTo(new Deadline(d("2026-03-06"), false));
    }

    @Test
    void aYearWithNoNoticeCountsWeekendsAndFixedStatutoryHolidaysAndIsFlagged() {
        assertThat(calendar.isLoaded(2027)).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-05-03"))).isTrue(); // a Monday: 调休 not guessed
        assertThat(calendar.isWorkingDay(d("2027-10-01"))).isFalse();
        assertThat(calendar.deadline(d("2025-12-30"), 1)).isEqualTo(new Deadline(d("2025-12-31"), true));
        assertThat(WorkingCalendar.empty().deadline(d("2026-09-18"), 10).estimated()).isTrue();
    }

    @Test
    void everyDeadlineFrom2025To2028IsAWorkingDayExactlyTenWorkingDaysLater() {
        // exhaustive over four years: the same properties the jqwik test samples, checked for every end day
        for (LocalDate ended = d("2025-01-01"); ended.isBefore(d("2029-01-01")); ended = ended.plusDays(1)) {
            Deadline deadline = calendar.deadline(ended, 10);
            assertThat(calendar.isWorkingDay(deadline.date())).as(ended.toString()).isTrue();
            assertThat(calendar.remaining(ended, deadline.date())).as(ended.toString()).isEqualTo(10);
            assertThat(calendar.remaining(ended, deadline.date().minusDays(1))).as(ended.toString()).isEqualTo(9);
            assertThat(deadline.estimated()).as(ended.toString())
                    .isEqualTo(ended.plusDays(1).getYear() != 2026 || deadline.date().getYear() != 2026);
        }
    }

    @Test
    void malformedCalendarsAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> WorkingCalendar.empty().with(new StringReader("date,kind,name\n2026-01-05,WORKDAY,x\n"), "t.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.csv line 2").hasMessageContaining("weekday");
        assertThatThrownBy(() -> WorkingCalendar.empty().with(new StringReader("2026-01-01,HOLIDAY,a\n2027-01-01,HOLIDAY,b\n"), "t.csv"))
                .hasMessageContaining("exactly one year");
        assertThatThrownBy(() -> WorkingCalendar.empty().with(new StringReader("2026-13-01,HOLIDAY,a\n"), "t.csv"))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> official2026().with(new StringReader("2026-01-01,HOLIDAY,a\n"), "again.csv"))
                .hasMessageContaining("loaded twice");
        assertThatThrownBy(() -> calendar.deadline(d("2026-01-01"), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
