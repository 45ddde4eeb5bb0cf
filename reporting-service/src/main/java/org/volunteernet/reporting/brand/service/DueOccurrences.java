package org.volunteernet.reporting.brand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import org.jboss.logging.Logger;
import org.volunteernet.common.time.NetworkCalendar;

/**
 * How many occurrences of an activity were due in a year: the series expanded (RFC 5545, in the
 * network's zone, as activity-service expands it), starts within the year and before now, none
 * from the end of the series on. Cancelled occurrences stay due: a brand that cancels did not meet.
 */
@ApplicationScoped
public class DueOccurrences {

    private static final Logger LOG = Logger.getLogger(DueOccurrences.class);

    @Inject
    NetworkCalendar calendar;

    public long count(Instant firstStart, String recurrence, Instant seriesEndsAt, int year, Instant now) {
        ZoneId zone = calendar.zone();
        ZonedDateTime from = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
        Instant until = earliest(ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, zone).toInstant(), now, seriesEndsAt);
        if (!until.isAfter(from.toInstant())) {
            return 0;
        }
        Set<Instant> starts = new HashSet<>();
        starts.add(firstStart); // DTSTART is always the first instance
        ZonedDateTime seed = firstStart.atZone(zone);
        if (recurrence != null && !firstStart.isAfter(until)) {
            try {
                Recur<ZonedDateTime> rule = new Recur<>(recurrence.startsWith("RRULE:") ? recurrence.substring(6) : recurrence);
                rule.getDates(seed, from.isAfter(seed) ? from : seed, until.atZone(zone)).forEach(d -> starts.add(d.toInstant()));
            } catch (RuntimeException e) {
                // activity-service validated the rule before publishing it; count the first occurrence only
                LOG.warnf("cannot expand recurrence %s: %s", recurrence, e.getMessage());
            }
        }
        return starts.stream().filter(s -> !s.isBefore(from.toInstant()) && s.isBefore(until)).count();
    }

    private static Instant earliest(Instant a, Instant b, Instant c) {
        Instant min = a.isBefore(b) ? a : b;
        return c != null && c.isBefore(min) ? c : min;
    }
}
