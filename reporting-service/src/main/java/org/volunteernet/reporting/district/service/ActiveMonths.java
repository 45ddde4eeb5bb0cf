package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.volunteernet.reporting.district.service.DistrictChanges.DistrictYear;
import org.volunteernet.reporting.district.service.DistrictChanges.MonthsActive;
import org.volunteernet.reporting.district.service.DistrictChanges.VolunteerMonthChange;
import org.volunteernet.reporting.district.service.DistrictChanges.VolunteerYear;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * The writer of {@code volunteer_month} and {@code volunteer_year}: each volunteer's activity by
 * month, and the months of a year they were active in (a bit mask, bit 0 = January). The rows the
 * month upsert creates are volunteers' first activity in a month, learnt from the database, so
 * two transactions can never both count the same first activity. Those make them active
 * volunteers of the month and move them from "active in n months" to n + k in the months-active
 * and March retention counters (the "comes in March, leaves in April" measure).
 */
@ApplicationScoped
class ActiveMonths {

    /** A volunteer_month row the batch touched; {@code created} when it is the volunteer's first activity that month. */
    private record TouchedMonth(UUID volunteer, String district, int year, int month, boolean created) {
        static TouchedMonth of(Object[] row) {
            return new TouchedMonth((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                    (Boolean) row[4]);
        }
    }

    /** A volunteer_year row after the batch: the months active, as bits. */
    private record YearMask(VolunteerYear key, int mask) {
        static YearMask of(Object[] row) {
            return new YearMask(new VolunteerYear((String) row[0], ((Number) row[1]).intValue(), (UUID) row[2]),
                    ((Number) row[3]).intValue());
        }
    }

    @Inject
    ProjectionSql sql;

    /** Active in March and in no month before it (a month mask, bit 0 = January). */
    static boolean firstActiveInMarch(int mask) {
        return (mask & 0b111) == 0b100;
    }

    /** First active in March and active again in May or later. */
    static boolean activeAgainFromMay(int mask) {
        return firstActiveInMarch(mask) && mask >= 0b10000;
    }

    void apply(DistrictChanges changes) {
        List<VolunteerMonthChange> months = new ArrayList<>(new TreeMap<>(changes.volunteerMonths).values());
        List<TouchedMonth> touched = sql.unnest("""
                INSERT INTO volunteer_month (volunteer_id, district, year, month, hours, deeds_self, deeds_witnessed, diary_entries)
                SELECT v::uuid, d, y, m, h::numeric, s, w, e
                FROM unnest(?::text[], ?::text[], ?::int4[], ?::int4[], ?::text[], ?::int4[], ?::int4[], ?::int4[]) AS c(v, d, y, m, h, s, w, e)
                ON CONFLICT (district, year, volunteer_id, month) DO UPDATE SET hours = volunteer_month.hours + EXCLUDED.hours,
                    deeds_self = volunteer_month.deeds_self + EXCLUDED.deeds_self,
                    deeds_witnessed = volunteer_month.deeds_witnessed + EXCLUDED.deeds_witnessed,
                    diary_entries = volunteer_month.diary_entries + EXCLUDED.diary_entries
                RETURNING volunteer_id, district, year, month, (xmax = 0)""",
                months.stream().map(c -> c.key.volunteer()).toArray(UUID[]::new),
                months.stream().map(c -> c.key.district()).toArray(String[]::new),
                months.stream().map(c -> c.key.year()).toArray(Integer[]::new),
                months.stream().map(c -> c.key.month()).toArray(Integer[]::new),
                months.stream().map(c -> c.hours).toArray(BigDecimal[]::new),
                months.stream().map(c -> c.self).toArray(Integer[]::new),
                months.stream().map(c -> c.witnessed).toArray(Integer[]::new),
                months.stream().map(c -> c.diaryEntries).toArray(Integer[]::new))
                .stream().map(TouchedMonth::of).toList();
        Map<VolunteerYear, Integer> newBits = new TreeMap<>();
        for (TouchedMonth month : touched) {
            if (month.created()) {
                changes.districtMonth(month.district(), LocalDate.of(month.year(), month.month(), 1)).active++;
                newBits.merge(new VolunteerYear(month.district(), month.year(), month.volunteer()), 1 << (month.month() - 1), (a, b) -> a | b);
            }
        }
        List<VolunteerYear> years = new ArrayList<>(newBits.keySet());
        List<YearMask> masks = sql.unnest("""
                INSERT INTO volunteer_year (district, year, volunteer_id, months_mask)
                SELECT d, y, v::uuid, m FROM unnest(?::text[], ?::int4[], ?::text[], ?::int4[]) AS c(d, y, v, m)
                ON CONFLICT (district, year, volunteer_id) DO UPDATE SET months_mask = volunteer_year.months_mask | EXCLUDED.months_mask
                RETURNING district, year, volunteer_id, months_mask""",
                years.stream().map(VolunteerYear::district).toArray(String[]::new),
                years.stream().map(VolunteerYear::year).toArray(Integer[]::new),
                years.stream().map(VolunteerYear::volunteer).toArray(UUID[]::new),
                years.stream().map(newBits::get).toArray(Integer[]::new))
                .stream().map(YearMask::of).toList();
        for (YearMask year : masks) {
            int now = year.mask();
            int before = now & ~newBits.get(year.key()); // those bits were not set: their rows were just created
            DistrictYear key = new DistrictYear(year.key().district(), year.key().year());
            if (before != 0) {
                changes.monthsActive.merge(new MonthsActive(key.district(), key.year(), Integer.bitCount(before)), -1, Integer::sum);
            }
            changes.monthsActive.merge(new MonthsActive(key.district(), key.year(), Integer.bitCount(now)), 1, Integer::sum);
            changes.retention(key, before, now);
        }
    }
}
