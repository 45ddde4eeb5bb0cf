package org.volunteernet.activity.schedule.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.schedule.domain.Recurrence;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;

/**
 * Turns an activity into dated occurrences up to a horizon, idempotently. A slot of the series (its
 * start by the rule, RFC 5545's RECURRENCE-ID) that has an occurrence is never made again, whether
 * that occurrence was moved ({@link Occurrence#seriesStart} keeps the slot) or cancelled (it stays
 * CANCELLED). Recurrence is expanded by {@link Recurrence} in the network's zone, so "every Saturday
 * at 09:00" stays at 09:00 local time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Materializer {

    /** A guard against rules that would flood the calendar: at most this many new occurrences per run. */
    static final int MAX_PER_RUN = 2000;

    @Inject
    NetworkCalendar calendar;

    /** Parses an RRULE or refuses it with a 400 naming {@code recurrence}. */
    public static Recurrence parse(String rrule) {
        return Recurrence.parse(rrule);
    }

    /**
     * Creates the occurrences of {@code activity} that start before {@code until} and are not made yet;
     * returns the new ones. Expansion reads at most {@link #MAX_PER_RUN} + 1 dates from where the last
     * run stopped; more than the cap is a 400 naming {@code recurrence} (and rolls the caller back).
     */
    public List<Occurrence> materialize(Activity activity, Instant until) {
        ZoneId zone = calendar.zone();
        ZonedDateTime seed = activity.start.atZone(zone);
        Duration length = Duration.between(activity.start, activity.end);
        Instant from = activity.materializedUntil.isAfter(activity.start) ? activity.materializedUntil : activity.start;
        Instant before = until.isAfter(activity.start) ? until : activity.start.plusNanos(1); // DTSTART always exists
        if (activity.seriesEndsAt != null && activity.seriesEndsAt.isBefore(before)) {
            before = activity.seriesEndsAt.isAfter(from) ? activity.seriesEndsAt : from;
        }
        Stream<ZonedDateTime> starts = activity.recurrence == null
                ? (from.equals(activity.start) && before.isAfter(from) ? Stream.of(seed) : Stream.empty())
                : Recurrence.parse(activity.recurrence).starts(seed, from, before);
        List<ZonedDateTime> wanted = starts.limit(MAX_PER_RUN + 1L).toList();
        if (wanted.size() > MAX_PER_RUN) {
            throw ProblemException.invalid("recurrence", "would create more than " + MAX_PER_RUN + " occurrences within the horizon");
        }
        Set<Instant> taken = new HashSet<>();
        for (Occurrence o : Occurrence.<Occurrence>list("activityId", activity.id)) {
            taken.add(o.seriesStart);
            taken.add(o.start); // a moved occurrence also holds the time it moved to (one start per activity)
        }
        List<Occurrence> created = new ArrayList<>();
        for (ZonedDateTime start : wanted) {
            Instant at = start.toInstant();
            if (!taken.add(at)) {
                continue;
            }
            Occurrence occurrence = new Occurrence();
            occurrence.id = UUID.randomUUID();
            occurrence.activityId = activity.id;
            occurrence.start = at;
            occurrence.seriesStart = at;
            occurrence.end = start.plus(length).toInstant();
            occurrence.capacity = activity.capacity;
            occurrence.status = OccurrenceStatus.SCHEDULED;
            occurrence.changedAt = NetworkClock.now();
            occurrence.persist();
            created.add(occurrence);
        }
        if (until.isAfter(activity.materializedUntil)) {
            activity.materializedUntil = until;
        }
        return created;
    }
}
