package org.volunteernet.activity.completion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.volunteernet.activity.completion.domain.WorkingCalendar.Deadline;

/** Properties of the Decree 67 Art. 11 deadline over 2025-2028 with the official 2026 calendar loaded. */
@Tag("unit")
class WorkingCalendarPropertiesTest {

    final WorkingCalendar calendar = WorkingCalendarTest.official2026();

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 4 * 366).map(LocalDate.of(2025, 1, 1)::plusDays);
    }

    @Property
    void theDeadlineIsAWorkingDayExactlyNWorkingDaysLater(@ForAll("days") LocalDate ended, @ForAll @IntRange(min = 1, max = 30) int within) {
        Deadline deadline = calendar.deadline(ended, within);
        assertThat(deadline.date()).isAfter(ended);
        assertThat(calendar.isWorkingDay(deadline.date())).isTrue();
        assertThat(calendar.remaining(ended, deadline.date())).isEqualTo(within);
        assertThat(calendar.remaining(ended, deadline.date().minusDays(1))).isEqualTo(within - 1);
    }

    @Property
    void aDeadlineIsEstimatedExactlyWhenItReachesBeyondTheLoadedYear(@ForAll("days") LocalDate ended,
            @ForAll @IntRange(min = 1, max = 30) int within) {
        Deadline deadline = calendar.deadline(ended, within);
        boolean onlyIn2026 = ended.plusDays(1).getYear() == 2026 && deadline.date().getYear() == 2026;
        assertThat(deadline.estimated()).isEqualTo(!onlyIn2026);
    }

    @Property
    void oneMoreWorkingDayNeverEndsEarlier(@ForAll("days") LocalDate ended, @ForAll @IntRange(min = 1, max = 29) int within) {
        assertThat(calendar.deadline(ended, within + 1).date()).isAfter(calendar.deadline(ended, within).date());
    }
}
