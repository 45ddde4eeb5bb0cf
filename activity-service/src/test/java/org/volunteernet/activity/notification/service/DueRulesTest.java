package org.volunteernet.activity.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.completion.domain.WorkingCalendar;
import org.volunteernet.activity.notification.domain.NotificationKind;

@Tag("unit")
class DueRulesTest {

    static final Instant START = Instant.parse("2026-12-05T01:00:00Z"); // Saturday 09:00 in Harbin

    @Test
    void remindersAreDue24AndThen2HoursBeforeTheStart() {
        assertThat(DueRules.reminder(START, Instant.parse("2026-12-04T00:59:59Z"))).isEmpty();
        assertThat(DueRules.reminder(START, Instant.parse("2026-12-04T01:00:00Z"))).contains(NotificationKind.REMINDER_24H);
        assertThat(DueRules.reminder(START, Instant.parse("2026-12-04T22:59:59Z"))).contains(NotificationKind.REMINDER_24H);
        assertThat(DueRules.reminder(START, Instant.parse("2026-12-04T23:00:00Z"))).contains(NotificationKind.REMINDER_2H);
        assertThat(DueRules.reminder(START, Instant.parse("2026-12-05T00:59:59Z"))).contains(NotificationKind.REMINDER_2H);
        assertThat(DueRules.reminder(START, START)).isEqualTo(Optional.empty());
    }

    @Test
    void anOccurrenceIsShortFrom48HoursBeforeWhileBelowItsMinimum() {
        assertThat(DueRules.shortOfVolunteers(START, Instant.parse("2026-12-03T00:59:59Z"), 3, 1)).isFalse();
        assertThat(DueRules.shortOfVolunteers(START, Instant.parse("2026-12-03T01:00:00Z"), 3, 1)).isTrue();
        assertThat(DueRules.shortOfVolunteers(START, Instant.parse("2026-12-03T01:00:00Z"), 3, 3)).isFalse();
        assertThat(DueRules.shortOfVolunteers(START, Instant.parse("2026-12-03T01:00:00Z"), null, 0)).isFalse();
        assertThat(DueRules.shortOfVolunteers(START, START, 3, 1)).isFalse();
    }

    @Test
    void threeWorkingDaysLeftCountsTheStateCouncilCalendar() throws Exception {
        WorkingCalendar calendar;
        try (var in = getClass().getClassLoader().getResourceAsStream("working-calendar/cn-2026.csv")) {
            calendar = WorkingCalendar.empty().with(new InputStreamReader(in, StandardCharsets.UTF_8), "cn-2026.csv");
        }
        // ended Thursday 2026-09-24: Sep 25-27 Mid-Autumn, Oct 1-7 National Day, Oct 10 a make-up working Saturday
        LocalDate deadline = calendar.deadline(LocalDate.parse("2026-09-24"), 10).date();
        assertThat(deadline).isEqualTo(LocalDate.parse("2026-10-15"));
        assertThat(calendar.remaining(LocalDate.parse("2026-10-09"), deadline)).isEqualTo(5); // 10, 12, 13, 14, 15
        assertThat(calendar.remaining(LocalDate.parse("2026-10-11"), deadline)).isEqualTo(4);
        assertThat(calendar.remaining(LocalDate.parse("2026-10-12"), deadline)).isEqualTo(3);
        assertThat(DueRules.deadlineNear(LocalDate.parse("2026-10-11"), deadline, 4)).isFalse();
        assertThat(DueRules.deadlineNear(LocalDate.parse("2026-10-12"), deadline, 3)).isTrue();
        assertThat(DueRules.deadlineNear(LocalDate.parse("2026-10-15"), deadline, 0)).isTrue();
        assertThat(DueRules.deadlineNear(LocalDate.parse("2026-10-16"), deadline, 0)).isFalse();
    }
}
