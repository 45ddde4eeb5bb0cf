package org.volunteernet.activity.completion.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * China's working days, and the recording deadline of Decree 67 Art. 11 ("within 10 working days after
 * the activity"). Pure: no clock, no I/O beyond the {@link Reader}s handed to {@link #parse}.
 *
 * <p>A year is <em>loaded</em> when its calendar from the State Council's yearly notice
 * (国务院办公厅关于某年部分节假日安排的通知) has been added: in a loaded year a day is a working day when the
 * notice names it a make-up working day (调休上班), or it is a weekday the notice does not give off.
 *
 * <p>In a year with no calendar loaded the notice is not known, so the day is <em>estimated</em>: a weekday
 * is a working day unless it is one of the statutory holidays on fixed Gregorian dates of the
 * 全国年节及纪念日放假办法 (State Council Decree 795, Art. 2: 1 Jan; 1-2 May; 1-3 Oct). The lunar holidays
 * (Spring Festival, Qingming, Dragon Boat, Mid-Autumn) and make-up days are not guessed. Deadlines that
 * count such a day carry {@link Deadline#estimated()} {@code true}.
 */
public final class WorkingCalendar {

    /** Statutory holidays on fixed Gregorian dates (Decree 795 Art. 2), used for years with no notice loaded. */
    static final Set<MonthDay> FIXED_STATUTORY_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 2),
            MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3));

    /** What the notice says of a day. */
    public enum Kind {
        /** A day off, weekday or weekend day (放假). */
        HOLIDAY,
        /** A weekend day that is a working day (调休上班). */
        WORKDAY
    }

    /** The last day to record, and whether a day counted lies in a year with no calendar loaded. */
    public record Deadline(LocalDate date, boolean estimated) {
    }

    private final Map<LocalDate, Kind> days;
    private final Set<Integer> years;

    private WorkingCalendar(Map<LocalDate, Kind> days, Set<Integer> years) {
        this.days = Map.copyOf(days);
        this.years = Set.copyOf(years);
    }

    /** A calendar with no year loaded: every deadline is estimated. */
    public static WorkingCalendar empty() {
        return new WorkingCalendar(Map.of(), Set.of());
    }

    /**
     * Reads one year's calendar: lines {@code date,kind,name} (ISO date; {@code HOLIDAY} or {@code WORKDAY};
     * free text), a header line {@code date,kind,name}, {@code #} comments and blank lines. All dates must lie
     * in one year; a {@code WORKDAY} must be a Saturday or Sunday, a date appears once.
     *
     * @param source named in error messages (e.g. the resource path)
     * @throws IllegalArgumentException naming the source and line when the file breaks these rules
     */
    public WorkingCalendar with(Reader reader, String source) {
        Map<LocalDate, Kind> read = new HashMap<>();
        Set<Integer> yearsRead = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("\uFEFF#") || trimmed.equals("date,kind,name")) {
                    continue;
                }
                String[] cells = trimmed.split(",", 3);
                if (cells.length < 2) {
                    throw bad(source, number, "expected date,kind,name");
                }
                LocalDate date;
                Kind kind;
                try {
                    date = LocalDate.parse(cells[0].strip());
                    kind = Kind.valueOf(cells[1].strip());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw bad(source, number, "expected an ISO date and HOLIDAY or WORKDAY");
                }
                if (kind == Kind.WORKDAY && !isWeekend(date)) {
                    throw bad(source, number, date + " is a weekday: a make-up working day is a Saturday or Sunday");
                }
                if (read.put(date, kind) != null) {
                    throw bad(source, number, date + " appears twice");
                }
                yearsRead.add(date.getYear());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (yearsRead.size() != 1) {
            throw new IllegalArgumentException(source + ": a calendar file holds exactly one year, found " + new TreeSet<>(yearsRead));
        }
        int year = yearsRead.iterator().next();
        if (years.contains(year)) {
            throw new IllegalArgumentException(source + ": year " + year + " is loaded twice");
        }
        Map<LocalDate, Kind> allDays = new HashMap<>(days);
        allDays.putAll(read);
        Set<Integer> allYears = new HashSet<>(years);
        allYears.add(year);
        return new WorkingCalendar(allDays, allYears);
    }

    private static IllegalArgumentException bad(String source, int line, String message) {
        return new IllegalArgumentException(source + " line " + line + ": " + message);
    }

    /** Whether the State Council's calendar of {@code year} is loaded. */
    public boolean isLoaded(int year) {
        return years.contains(year);
    }

    /** The loaded years, ascending. */
    public Set<Integer> loadedYears() {
        return new TreeSet<>(years);
    }

    /** Whether {@code day} is a working day (see the class comment for years with no calendar loaded). */
    public boolean isWorkingDay(LocalDate day) {
        Kind kind = days.get(day);
        if (kind != null) {
            return kind == Kind.WORKDAY;
        }
        if (isWeekend(day)) {
            return false;
        }
        return isLoaded(day.getYear()) || !FIXED_STATUTORY_HOLIDAYS.contains(MonthDay.from(day));
    }

    /**
     * Decree 67 Art. 11: the {@code within}-th working day after {@code ended} (the end day itself does not
     * count), with {@code estimated} set when any day from {@code ended + 1} to that day lies in a year with no
     * calendar loaded.
     *
     * @param within working days, at least 1
     * @throws IllegalArgumentException when {@code within} is below 1
     */
    public Deadline deadline(LocalDate ended, int within) {
        if (within < 1) {
            throw new IllegalArgumentException("within must be at least 1, was " + within);
        }
        LocalDate day = ended;
        boolean estimated = false;
        for (int counted = 0; counted < within; ) {
            day = day.plusDays(1);
            estimated |= !isLoaded(day.getYear());
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Deadline(day, estimated);
    }

    /** Working days after {@code today} up to and including {@code deadline}; 0 when the deadline is today or past. */
    public int remaining(LocalDate today, LocalDate deadline) {
        int left = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(deadline); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                left++;
            }
        }
        return left;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
