package org.volunteernet.activity.completion.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.volunteernet.activity.ActivitiesConfig;

/** Decree 67 Art. 11: a record is entered within 10 working days; weekends and configured holidays do not count. */
@ApplicationScoped
public class WorkingDays {

    private final Set<LocalDate> holidays;
    private final int within;

    public WorkingDays(ActivitiesConfig config) {
        this.holidays = Set.copyOf(config.holidays());
        this.within = config.recordWithinWorkingDays();
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The last day on which an occurrence that ended on {@code ended} may still be recorded. */
    public LocalDate deadline(LocalDate ended) {
        LocalDate day = ended;
        for (int counted = 0; counted < within; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days left after {@code today} up to and including {@code deadline}; 0 when past. */
    public int remaining(LocalDate today, LocalDate deadline) {
        int left = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(deadline); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                left++;
            }
        }
        return left;
    }
}
