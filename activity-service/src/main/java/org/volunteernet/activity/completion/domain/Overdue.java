package org.volunteernet.activity.completion.domain;

import java.time.LocalDate;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;

/**
 * Issue 15: the one definition of "overdue" that GET /occurrences/overdue ({@code missed}), the RecordDeadlineMissed
 * announcement and reporting-service's {@code overdueRecords} share. An occurrence is overdue when it ended, is
 * neither recorded ({@link OccurrenceStatus#COMPLETED}) nor cancelled, and {@code today} (network zone) is after its
 * deadline, the 10th working day after its end day (Decree 67 Art. 11, {@link WorkingCalendar#deadline}).
 * Reporting counts it from its RecordDeadlineMissed until an ActivityCompleted or OccurrenceCancelled takes it out.
 */
public final class Overdue {

    private Overdue() {
    }

    /** Whether an occurrence in {@code status} with this recording {@code deadline} is overdue on {@code today}. */
    public static boolean isOverdue(OccurrenceStatus status, LocalDate deadline, LocalDate today) {
        return status == OccurrenceStatus.SCHEDULED && today.isAfter(deadline);
    }
}
