package org.volunteernet.activity.schedule.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Recur;
import org.volunteernet.common.problem.ProblemException;

/**
 * An activity's recurrence rule (RFC 5545 RRULE, section 3.3.10), parsed and expanded the way the
 * network reads it. Pure: no database, no clock, the zone is passed in.
 *
 * <p>The rules, each refused with a 400 naming the field {@code recurrence} (the detail names the part):
 * <ul>
 * <li>FREQ is DAILY, WEEKLY, MONTHLY or YEARLY; BYHOUR, BYMINUTE and BYSECOND are refused, so an
 * activity repeats at most once a day at DTSTART's time of day;</li>
 * <li>COUNT, when present, is at least 1; COUNT and UNTIL do not stand together (RFC 5545);</li>
 * <li>INTERVAL is 1 to 1000; BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYSETPOS, BYMONTH, BYDAY and WKST lie within
 * their RFC 5545 ranges (ical4j would read INTERVAL=0 or BYMONTHDAY=32 leniently);</li>
 * <li>UNTIL may be a date ({@code UNTIL=20261219}, as calendar apps write it), a UTC date-time
 * ({@code 20261219T155959Z}) or a floating date-time (read in the network zone); a date is inclusive:
 * every occurrence that starts on that calendar day in the network zone belongs to the series.</li>
 * </ul>
 *
 * <p>A new series must start on one of its rule's dates ({@link #requireStartOf}). Expansion: DTSTART is always
 * the first occurrence and counts as the first of COUNT (RFC 5545 3.3.10: "The DTSTART property value always counts
 * as the first occurrence"). For series scheduled before that check, ical4j leaves a DTSTART
 * that does not match the rule (a Wednesday start of {@code FREQ=WEEKLY;BYDAY=SA}) out of its dates
 * and does not count it; RFC 5545 calls such a set undefined. The network keeps the organizer's first
 * date and counts it: a Wednesday start with {@code FREQ=WEEKLY;BYDAY=SA;COUNT=2} is that Wednesday and
 * the next Saturday, two occurrences. Expansion is a lazy, ordered stream, so a caller that stops at
 * a cap never makes more dates than it reads.
 */
public final class Recurrence {

    /** The field every refusal names. */
    public static final String FIELD = "recurrence";
    static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    static final List<String> SUB_DAILY_PARTS = List.of("BYHOUR", "BYMINUTE", "BYSECOND");
    static final Set<String> KNOWN_PARTS = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY",
            "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST", "BYHOUR", "BYMINUTE", "BYSECOND");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    private final String text;
    private final Recur<ZonedDateTime> recur;
    private final Integer count;
    private final Until until;

    private Recurrence(String text, Recur<ZonedDateTime> recur, Integer count, Until until) {
        this.text = text;
        this.recur = recur;
        this.count = count;
        this.until = until;
    }

    /** UNTIL as written: a calendar day, an instant, or a floating local date-time. */
    private record Until(LocalDate date, Instant instant, LocalDateTime floating) {
        /** The last instant that still belongs to the series, in {@code zone}. */
        Instant lastIn(ZoneId zone) {
            if (instant != null) {
                return instant;
            }
            if (floating != null) {
                return floating.atZone(zone).toInstant();
            }
            return date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        }
    }

    /**
     * Parses an RRULE ({@code RRULE:} prefix optional) or throws a 400 problem naming {@code recurrence}.
     */
    public static Recurrence parse(String rrule) {
        Objects.requireNonNull(rrule, "rrule");
        String text = rrule.strip();
        if (text.regionMatches(true, 0, "RRULE:", 0, 6)) {
            text = text.substring(6);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw invalid("is not an RFC 5545 RRULE: '" + part + "' is not NAME=VALUE");
            }
            String name = part.substring(0, eq).toUpperCase(Locale.ROOT);
            if (!KNOWN_PARTS.contains(name) && !name.startsWith("X-")) {
                throw invalid("is not an RFC 5545 RRULE: unknown part " + name);
            }
            if (parts.put(name, part.substring(eq + 1)) != null) {
                throw invalid("is not an RFC 5545 RRULE: " + name + " appears twice");
            }
        }
        String freq = parts.get("FREQ");
        if (freq == null) {
            throw invalid("is not an RFC 5545 RRULE: FREQ is required");
        }
        if (!FREQUENCIES.contains(freq.toUpperCase(Locale.ROOT))) {
            throw invalid("FREQ=" + freq + " is not allowed: an activity repeats at most daily (DAILY, WEEKLY, MONTHLY, YEARLY)");
        }
        for (String part : SUB_DAILY_PARTS) {
            if (parts.containsKey(part)) {
                throw invalid(part + " is not allowed: an activity repeats at most daily, at its start's time of day");
            }
        }
        checkRanges(parts);
        Integer count = null;
        if (parts.containsKey("COUNT")) {
            try {
                count = Integer.valueOf(parts.get("COUNT"));
            } catch (NumberFormatException e) {
                throw invalid("COUNT must be a whole number of at least 1");
            }
            if (count < 1) {
                throw invalid("COUNT must be at least 1");
            }
        }
        Until until = null;
        String untilText = parts.remove("UNTIL");
        if (untilText != null) {
            if (count != null) {
                throw invalid("COUNT and UNTIL must not both be given (RFC 5545)");
            }
            until = until(untilText);
        }
        // UNTIL is applied here, not by ical4j: ical4j 4 casts UNTIL to the seed's type and fails on a
        // date or a UTC date-time against a zoned seed.
        StringBuilder withoutUntil = new StringBuilder();
        parts.forEach((name, value) -> withoutUntil.append(withoutUntil.isEmpty() ? "" : ";").append(name).append('=').append(value));
        Recur<ZonedDateTime> recur;
        try {
            recur = new Recur<>(withoutUntil.toString());
        } catch (RuntimeException e) {
            // ical4j's message may name its classes (No enum constant net.fortuna...): plain words instead
            throw invalid("is not an RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE");
        }
        if (recur.getInterval() > 1000) {
            throw invalid("INTERVAL must be at most 1000");
        }
        return new Recurrence(text, recur, count, until);
    }

    /** The numeric list parts and their RFC 5545 ranges (a value may be negative, counting from the end, where the RFC allows it). */
    private static final Map<String, Integer> SIGNED_LISTS = Map.of("BYMONTHDAY", 31, "BYYEARDAY", 366, "BYWEEKNO", 53, "BYSETPOS", 366);
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile("(?i)(?:([+-]?)(\\d{1,2}))?(MO|TU|WE|TH|FR|SA|SU)");

    /**
     * Refuses out-of-range rule parts that ical4j reads leniently (INTERVAL=0 repeated on every day, BYMONTHDAY=0
     * or 32 matched no day): INTERVAL at least 1 (and at most 1000), BYMONTHDAY 1..31, BYYEARDAY 1..366, BYWEEKNO
     * 1..53, BYSETPOS 1..366 (each also negative, -31..-1 etc., never 0), BYMONTH 1..12, BYDAY weekdays with an
     * optional ordinal 1..53 or -53..-1, WKST one weekday (RFC 5545 3.3.10).
     */
    private static void checkRanges(Map<String, String> parts) {
        String interval = parts.get("INTERVAL");
        if (interval != null) {
            if (!interval.matches("\\d{1,9}") || Integer.parseInt(interval) < 1) {
                throw invalid("INTERVAL must be a whole number of at least 1");
            }
            if (Integer.parseInt(interval) > 1000) {
                throw invalid("INTERVAL must be at most 1000");
            }
        }
        SIGNED_LISTS.forEach((name, max) -> {
            String list = parts.get(name);
            if (list != null) {
                for (String value : list.split(",", -1)) {
                    int n = value.matches("[+-]?\\d{1,4}") ? Integer.parseInt(value.startsWith("+") ? value.substring(1) : value) : 0;
                    if (n == 0 || Math.abs(n) > max) {
                        throw invalid(name + " values must be from 1 to " + max + " or from -" + max + " to -1");
                    }
                }
            }
        });
        String months = parts.get("BYMONTH");
        if (months != null) {
            for (String value : months.split(",", -1)) {
                if (!value.matches("\\d{1,2}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 12) {
                    throw invalid("BYMONTH values must be from 1 to 12");
                }
            }
        }
        String days = parts.get("BYDAY");
        if (days != null) {
            for (String value : days.split(",", -1)) {
                java.util.regex.Matcher day = WEEKDAY.matcher(value);
                if (!day.matches() || (day.group(2) != null
                        && (Integer.parseInt(day.group(2)) < 1 || Integer.parseInt(day.group(2)) > 53))) {
                    throw invalid("BYDAY values must be weekdays MO to SU, optionally after an ordinal from 1 to 53 or from -53 to -1");
                }
            }
        }
        String weekStart = parts.get("WKST");
        if (weekStart != null && !weekStart.matches("(?i)MO|TU|WE|TH|FR|SA|SU")) {
            throw invalid("WKST must be a weekday MO to SU");
        }
    }

    private static Until until(String value) {
        try {
            if (value.length() == 8) {
                return new Until(LocalDate.parse(value, DATE), null, null);
            }
            if (value.length() == 16 && (value.endsWith("Z") || value.endsWith("z"))) {
                return new Until(null, LocalDateTime.parse(value.substring(0, 15), DATE_TIME).toInstant(ZoneOffset.UTC), null);
            }
            if (value.length() == 15) {
                return new Until(null, null, LocalDateTime.parse(value, DATE_TIME));
            }
        } catch (DateTimeException e) {
            // falls through to the refusal below
        }
        throw invalid("UNTIL must be a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS, optionally ending in Z)");
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalid(FIELD, message);
    }

    /** The rule as written, without the {@code RRULE:} prefix. */
    public String text() {
        return text;
    }

    /** COUNT, or null when the series is not bounded by a count. */
    public Integer count() {
        return count;
    }

    /** The last instant that belongs to the series by UNTIL, in {@code zone}; null when there is no UNTIL. */
    public Instant lastStartIn(ZoneId zone) {
        return until == null ? null : until.lastIn(zone);
    }

    /**
     * The series' starts that lie in {@code [from, before)}, in order, lazily: DTSTART ({@code seed})
     * first (when in range), then the rule's dates, bounded by COUNT (DTSTART counting as the first)
     * and UNTIL (inclusive, in {@code seed}'s zone). Reading stops when the caller stops.
     */
    public Stream<ZonedDateTime> starts(ZonedDateTime seed, Instant from, Instant before) {
        if (!before.isAfter(from)) {
            return Stream.empty();
        }
        Instant last = lastStartIn(seed.getZone());
        boolean seedInRange = !seed.toInstant().isBefore(from) && seed.toInstant().isBefore(before);
        Recur<ZonedDateTime> rule = recur;
        if (count != null && !matches(seed)) {
            // DTSTART is outside the rule's dates: it takes the first of COUNT's places.
            if (count == 1) {
                return seedInRange ? Stream.of(seed) : Stream.empty();
            }
            rule = withCount(count - 1);
        }
        Instant end = last != null && last.isBefore(before) ? last.plusNanos(1) : before;
        if (!end.isAfter(from)) {
            return seedInRange ? Stream.of(seed) : Stream.empty();
        }
        ZonedDateTime periodStart = from.atZone(seed.getZone());
        ZonedDateTime periodEnd = end.atZone(seed.getZone());
        Instant bound = end;
        Stream<ZonedDateTime> ruleDates = rule.getDatesAsStream(seed, periodStart.isBefore(seed) ? seed : periodStart,
                        periodEnd, -1)
                .filter(d -> !d.toInstant().isBefore(from) && d.toInstant().isBefore(bound))
                .filter(this::inItsMonths)
                .filter(d -> !d.toInstant().equals(seed.toInstant()));
        return seedInRange ? Stream.concat(Stream.of(seed), ruleDates) : ruleDates;
    }

    /** How far ahead a rule's first date is looked for: 400 years, the Gregorian calendar's whole cycle. */
    private static final int CYCLE_YEARS = 400;

    /**
     * Refuses a series that a new activity cannot start: a rule that gives no date on or after {@code seed} (within
     * UNTIL), such as {@code FREQ=MONTHLY;BYDAY=6SA}, {@code BYMONTH=2;BYMONTHDAY=30} or an UNTIL before the start, is a
     * 400 naming {@code recurrence}; a start that is not one of the rule's dates (a Sunday start of {@code
     * FREQ=WEEKLY;BYDAY=SA}) is a 400 naming {@code start} that says the rule's first date. So every date of a new
     * series, the first one included, matches its rule. (Series scheduled before keep their start, see {@link
     * #starts}.)
     */
    public void requireStartOf(ZonedDateTime seed) {
        Instant last = lastStartIn(seed.getZone());
        ZonedDateTime first = recur.getDatesAsStream(seed, seed, seed.plusYears(CYCLE_YEARS), 1)
                .filter(d -> !d.toInstant().isBefore(seed.toInstant()))
                .filter(this::inItsMonths)
                .findFirst().orElse(null);
        if (first == null || (last != null && first.toInstant().isAfter(last))) {
            throw invalid("never gives a date on or after the start");
        }
        if (!first.toInstant().equals(seed.toInstant())) {
            throw ProblemException.invalid("start", seed.toLocalDate() + " (" + weekday(seed) + ") is not a date of the "
                    + "recurrence rule; its first date from then is " + first.toLocalDate() + " (" + weekday(first) + ")");
        }
    }

    private static String weekday(ZonedDateTime date) {
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    /** Every start up to {@code before}, at most {@code max}; a convenience for tests and small series. */
    public List<ZonedDateTime> firstStarts(ZonedDateTime seed, Instant before, int max) {
        return new ArrayList<>(starts(seed, seed.toInstant(), before).limit(max).toList());
    }

    /**
     * BYMONTH as RFC 5545 reads it, on each date: ical4j 4 applies it to a WEEKLY rule's week, so
     * {@code FREQ=WEEKLY;BYDAY=MO,WE;BYMONTH=12} gave Monday 2027-11-29 (its week reaches into December). Such a date
     * is left out (under COUNT, ical4j has counted it: the series then has one date fewer).
     */
    private boolean inItsMonths(ZonedDateTime date) {
        List<java.time.Month> months = recur.getMonthList().stream().map(m -> java.time.Month.of(m.getMonthOfYear())).toList();
        return months.isEmpty() || months.contains(date.getMonth());
    }

    private boolean matches(ZonedDateTime seed) {
        return recur.getDatesAsStream(seed, seed, seed.plusSeconds(1), 1)
                .anyMatch(d -> d.toInstant().equals(seed.toInstant()));
    }

    private Recur<ZonedDateTime> withCount(int newCount) {
        String replaced = recur.toString().replaceAll("COUNT=\\d+", "COUNT=" + newCount);
        return new Recur<>(replaced);
    }

    @Override
    public String toString() {
        return text;
    }
}
