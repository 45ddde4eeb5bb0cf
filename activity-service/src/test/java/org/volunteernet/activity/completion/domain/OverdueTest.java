package org.volunteernet.activity.completion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;

/** The one definition of overdue (issue 15); no Quarkus boot. */
@Tag("unit")
class OverdueTest {

    final WorkingCalendar calendar = WorkingCalendarTest.official2026();

    @Test
    void overdueTheDayAfterTheTenthWorkingDayWhileUnrecorded() {
        LocalDate deadline = calendar.deadline(LocalDate.of(2026, 9, 18), 10).date(); // 2026-10-09
        assertThat(Overdue.isOverdue(OccurrenceStatus.SCHEDULED, deadline, LocalDate.of(2026, 10, 9))).isFalse();
        assertThat(Overdue.isOverdue(OccurrenceStatus.SCHEDULED, deadline, LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(Overdue.isOverdue(OccurrenceStatus.COMPLETED, deadline, LocalDate.of(2026, 10, 10))).isFalse();
        assertThat(Overdue.isOverdue(OccurrenceStatus.CANCELLED, deadline, LocalDate.of(2026, 10, 10))).isFalse();
    }
}
