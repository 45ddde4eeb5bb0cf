package org.volunteernet.activity.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.volunteernet.activity.notification.domain.NotificationKind;

/**
 * Which scheduled notification is due when: pure rules, read by {@link NotificationJob} against the data at each
 * run, so a restart loses nothing (the job finds what is due from the tables) and a second run adds nothing (the
 * unique key of each notification).
 */
public final class DueRules {

    public static final Duration FIRST_REMINDER = Duration.ofHours(24);
    public static final Duration LAST_REMINDER = Duration.ofHours(2);
    public static final Duration SHORT_WARNING = Duration.ofHours(48);
    public static final int DEADLINE_WARNING_WORKING_DAYS = 3;

    private DueRules() {
    }

    /**
     * The reminder due for a confirmed seat at an occurrence starting at {@code start}: 24 h before it until 2 h
     * before it REMINDER_24H, then until the start REMINDER_2H, else none. A seat taken 3 h before the start gets
     * the 24 h reminder at once and the 2 h one an hour later; one taken 1 h before, only the 2 h one.
     */
    public static Optional<NotificationKind> reminder(Instant start, Instant now) {
        if (!now.isBefore(start)) {
            return Optional.empty();
        }
        if (!now.isBefore(start.minus(LAST_REMINDER))) {
            return Optional.of(NotificationKind.REMINDER_2H);
        }
        if (!now.isBefore(start.minus(FIRST_REMINDER))) {
            return Optional.of(NotificationKind.REMINDER_24H);
        }
        return Optional.empty();
    }

    /** The organizer is warned from 48 h before the start while fewer than the minimum hold confirmed seats. */
    public static boolean shortOfVolunteers(Instant start, Instant now, Integer minimum, int confirmed) {
        return minimum != null && confirmed < minimum && now.isBefore(start)
                && !now.isBefore(start.minus(SHORT_WARNING));
    }

    /**
     * The organizer is warned once the working days left before the recording deadline (after today, up to and
     * including the deadline, as {@code WorkingCalendar#remaining} counts them) are 3 or fewer, while the deadline
     * has not passed.
     */
    public static boolean deadlineNear(LocalDate today, LocalDate deadline, int workingDaysLeft) {
        return !today.isAfter(deadline) && workingDaysLeft <= DEADLINE_WARNING_WORKING_DAYS;
    }
}
