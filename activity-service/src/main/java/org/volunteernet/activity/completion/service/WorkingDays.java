package org.volunteernet.activity.completion.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.volunteernet.activity.ActivitiesConfig;
import org.volunteernet.activity.completion.domain.WorkingCalendar;
import org.volunteernet.activity.completion.domain.WorkingCalendar.Deadline;
import org.volunteernet.common.time.NetworkCalendar;

/**
 * Decree 67 Art. 11: a service record is entered within {@code volunteernet.activities.record-within-working-days}
 * (10) working days after the activity. Working days come from the State Council's yearly holiday notices, read
 * at start from the classpath resources in {@code volunteernet.activities.working-calendars} (one CSV per year,
 * see {@link WorkingCalendar#with}). A deadline that reaches into a year with no calendar loaded is estimated
 * ({@link Deadline#estimated()}), and the start-up logs a warning when the current or the next year is missing.
 *
 * @throws IllegalStateException at start when a configured resource is missing or malformed
 */
@ApplicationScoped
public class WorkingDays {

    private static final Logger LOG = Logger.getLogger(WorkingDays.class);

    private final WorkingCalendar calendar;
    private final int within;
    private final NetworkCalendar network;

    public WorkingDays(ActivitiesConfig config, NetworkCalendar network) {
        this.calendar = load(config.workingCalendars());
        this.within = config.recordWithinWorkingDays();
        this.network = network;
    }

    /** Reads the calendars from the classpath. */
    static WorkingCalendar load(List<String> resources) {
        WorkingCalendar loaded = WorkingCalendar.empty();
        for (String resource : resources) {
            try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("working calendar " + resource + " is not on the classpath");
                }
                loaded = loaded.with(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return loaded;
    }

    void warnOfMissingYears(@Observes StartupEvent started) {
        List<Integer> missing = missingYears(network.today());
        if (!missing.isEmpty()) {
            LOG.warnf("No State Council working-day calendar loaded for %s (loaded: %s): recording deadlines in those "
                    + "years count weekends and fixed-date statutory holidays only and are flagged as estimated. "
                    + "Add the year's notice as a resource to volunteernet.activities.working-calendars.",
                    missing, calendar.loadedYears());
        }
    }

    /** Of {@code today}'s year and the next, those with no calendar loaded. */
    public List<Integer> missingYears(LocalDate today) {
        return IntStream.of(today.getYear(), today.getYear() + 1).filter(year -> !calendar.isLoaded(year)).boxed().toList();
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** The last day on which an occurrence that ended on {@code ended} may still be recorded. */
    public LocalDate deadline(LocalDate ended) {
        return deadlineOf(ended).date();
    }

    /** The deadline of an occurrence that ended on {@code ended}, flagged when estimated. */
    public Deadline deadlineOf(LocalDate ended) {
        return calendar.deadline(ended, within);
    }

    /** Working days left after {@code today} up to and including {@code deadline}; 0 when past. */
    public int remaining(LocalDate today, LocalDate deadline) {
        return calendar.remaining(today, deadline);
    }
}
