package org.volunteernet.reporting.district.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.reporting.brand.service.BrandMonths;

/**
 * What one batch of events adds to the district tables, summed per row. The fold fills the
 * increments it can tell from the events alone; the writers add those that depend on rows
 * already stored (first activity in a month, a record counted before, a volunteer's star level).
 * Every key sorts, so that counter rows are written in key order and concurrent batches lock
 * them in the same order.
 */
final class DistrictChanges {

    final Map<VolunteerMonth, VolunteerMonthChange> volunteerMonths = new LinkedHashMap<>();
    final Map<DistrictMonth, DistrictMonthChange> districtMonths = new HashMap<>();
    final Map<DistrictYear, Integer> registrations = new HashMap<>();
    final Map<DistrictYear, Integer> overdue = new HashMap<>();
    final Map<MonthsActive, Integer> monthsActive = new HashMap<>();
    final Map<DistrictYear, Retention> retention = new HashMap<>();
    final Map<BrandMonths.Month, BigDecimal> brandHours = new HashMap<>();
    final Map<StarLevel, Integer> starLevels = new HashMap<>();

    VolunteerMonthChange volunteerMonth(UUID volunteer, String district, LocalDate day) {
        return volunteerMonths.computeIfAbsent(new VolunteerMonth(volunteer, district, day.getYear(), day.getMonthValue()),
                VolunteerMonthChange::new);
    }

    DistrictMonthChange districtMonth(String district, LocalDate day) {
        return districtMonths.computeIfAbsent(new DistrictMonth(district, day.getYear(), day.getMonthValue()), DistrictMonthChange::new);
    }

    /** Verified hours: the volunteer's month, the district's month and, under a brand, the brand's month. */
    void hours(UUID volunteer, String district, LocalDate day, BigDecimal hours, UUID brand) {
        VolunteerMonthChange month = volunteerMonth(volunteer, district, day);
        month.hours = month.hours.add(hours);
        DistrictMonthChange districtMonth = districtMonth(district, day);
        districtMonth.hours = districtMonth.hours.add(hours);
        if (brand != null) {
            brandHours.merge(BrandMonths.Month.of(brand, day), hours, BigDecimal::add);
        }
    }

    /** Moves the retention counters of one volunteer-year whose active months went from {@code before} to {@code now}. */
    void retention(DistrictYear key, int before, int now) {
        Retention change = new Retention((ActiveMonths.firstActiveInMarch(now) ? 1 : 0) - (ActiveMonths.firstActiveInMarch(before) ? 1 : 0),
                (ActiveMonths.activeAgainFromMay(now) ? 1 : 0) - (ActiveMonths.activeAgainFromMay(before) ? 1 : 0));
        retention.merge(key, change, Retention::plus);
    }

    record DistrictYear(String district, int year) implements Comparable<DistrictYear> {
        public int compareTo(DistrictYear o) {
            return Comparator.comparing(DistrictYear::district).thenComparingInt(DistrictYear::year).compare(this, o);
        }
    }

    record DistrictMonth(String district, int year, int month) implements Comparable<DistrictMonth> {
        public int compareTo(DistrictMonth o) {
            return Comparator.comparing(DistrictMonth::district).thenComparingInt(DistrictMonth::year)
                    .thenComparingInt(DistrictMonth::month).compare(this, o);
        }
    }

    record VolunteerYear(String district, int year, UUID volunteer) implements Comparable<VolunteerYear> {
        public int compareTo(VolunteerYear o) {
            return Comparator.comparing(VolunteerYear::district).thenComparingInt(VolunteerYear::year)
                    .thenComparing(VolunteerYear::volunteer).compare(this, o);
        }
    }

    record VolunteerMonth(UUID volunteer, String district, int year, int month) implements Comparable<VolunteerMonth> {
        public int compareTo(VolunteerMonth o) {
            return Comparator.comparing(VolunteerMonth::district).thenComparingInt(VolunteerMonth::year)
                    .thenComparing(VolunteerMonth::volunteer).thenComparingInt(VolunteerMonth::month).compare(this, o);
        }
    }

    /** How many volunteers of a district-year were active in exactly {@code months} months. */
    record MonthsActive(String district, int year, int months) implements Comparable<MonthsActive> {
        public int compareTo(MonthsActive o) {
            return Comparator.comparing(MonthsActive::district).thenComparingInt(MonthsActive::year)
                    .thenComparingInt(MonthsActive::months).compare(this, o);
        }
    }

    /** Changes to the March retention counters: first active in March, and of those, active again from May. */
    record Retention(int firstActiveInMarch, int activeAgainFromMay) {
        Retention plus(Retention other) {
            return new Retention(firstActiveInMarch + other.firstActiveInMarch, activeAgainFromMay + other.activeAgainFromMay);
        }

        boolean isZero() {
            return firstActiveInMarch == 0 && activeAgainFromMay == 0;
        }
    }

    record StarLevel(String district, int level) implements Comparable<StarLevel> {
        public int compareTo(StarLevel o) {
            return Comparator.comparing(StarLevel::district).thenComparingInt(StarLevel::level).compare(this, o);
        }
    }

    static final class VolunteerMonthChange {
        final VolunteerMonth key;
        BigDecimal hours = BigDecimal.ZERO;
        int self;
        int witnessed;
        int diaryEntries;

        VolunteerMonthChange(VolunteerMonth key) {
            this.key = key;
        }
    }

    static final class DistrictMonthChange {
        final DistrictMonth key;
        BigDecimal hours = BigDecimal.ZERO;
        int self;
        int witnessed;
        int active;
        int registrations;

        DistrictMonthChange(DistrictMonth key) {
            this.key = key;
        }
    }
}
