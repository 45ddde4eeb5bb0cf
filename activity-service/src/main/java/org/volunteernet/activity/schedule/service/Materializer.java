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
import net.fortuna.ical4j.model.Recur;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.time.NetworkCalendar;

/**
 * Turns an activity into dated occurrences up to a horizon, idempotently: an occurrence that
 * exists (same activity, same start) is never made twice. Recurrence is expanded by ical4j in
 * the network's zone, so "every Saturday at 09:00" stays at 09:00 local time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Materializer {

    /** A guard against rules that would flood the calendar (e.g. every minute). */
    static final int MAX_PER_RUN = 2000;

    @Inject
    NetworkCalendar calendar;

    /** Parses an RRULE or refuses it with a 400 naming {@code recurrence}. */
    public static Recur<ZonedDateTime> parse(String rrule) {
        Recur<ZonedDateTime> recur;
        try {
            recur = new Recur<>(rrule.startsWith("RRULE:") ? rrule.substring(6) : rrule);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("recurrence", "is not an RFC 5545 RRULE: " + e.getMessage());
        }
        switch (recur.getFrequency()) {
            case DAILY, WEEKLY, MONTHLY, YEARLY -> {
            }
            default -> throw ProblemException.invalid("recurrence", "must repeat at most daily");
        }
        return recur;
    }

    /** Creates the occurrences of {@code activity} that start before {@code until}; returns how many were new. */
    public List<Occurrence> materialize(Activity activity, Instant until) {
        ZoneId zone = calendar.zone();
        ZonedDateTime seed = activity.start.atZone(zone);
        Duration length = Duration.between(activity.start, activity.end);
        List<ZonedDateTime> starts = new ArrayList<>();
        starts.add(seed); // DTSTART is always the first instance (RFC 5545)
        if (activity.recurrence != null) {
            starts.addAll(parse(activity.recurrence).getDates(seed, seed, until.atZone(zone)));
        }
        Set<Instant> existing = new HashSet<>(Occurrence.<Occurrence>list("activityId", activity.id).stream()
                .map(o -> o.start).toList());
        List<Occurrence> created = new ArrayList<>();
        for (ZonedDateTime start : starts) {
            Instant at = start.toInstant();
            boolean afterSeriesEnd = activity.seriesEndsAt != null && !at.isBefore(activity.seriesEndsAt);
            if (!at.isBefore(until) && !at.equals(activity.start) || afterSeriesEnd || !existing.add(at)) {
                continue;
            }
            if (created.size() >= MAX_PER_RUN) {
                throw ProblemException.invalid("recurrence", "would create more than " + MAX_PER_RUN + " occurrences");
            }
            Occurrence occurrence = new Occurrence();
            occurrence.id = UUID.randomUUID();
            occurrence.activityId = activity.id;
            occurrence.start = at;
            occurrence.end = start.plus(length).toInstant();
            occurrence.capacity = activity.capacity;
            occurrence.status = OccurrenceStatus.SCHEDULED;
            occurrence.persist();
            created.add(occurrence);
        }
        if (until.isAfter(activity.materializedUntil)) {
            activity.materializedUntil = until;
        }
        return created;
    }
}
