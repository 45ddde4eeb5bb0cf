package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.volunteernet.reporting.district.service.DistrictChanges.DistrictMonthChange;
import org.volunteernet.reporting.district.service.DistrictChanges.DistrictYear;
import org.volunteernet.reporting.district.service.DistrictChanges.MonthsActive;
import org.volunteernet.reporting.district.service.DistrictChanges.Retention;
import org.volunteernet.reporting.district.service.DistrictChanges.StarLevel;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * The writer of the district counter tables a report reads: {@code district_month},
 * {@code district_registrations}, {@code district_overdue}, {@code district_months_active},
 * {@code district_march_retention} and {@code district_star_level}. Each adds the batch's
 * changes with one statement per table, each row's upsert atomic, rows in key order (concurrent
 * batches lock shared rows in the same order and cannot deadlock).
 */
@ApplicationScoped
class DistrictCounters {

    @Inject
    ProjectionSql sql;

    void apply(DistrictChanges changes) {
        List<DistrictMonthChange> months = new ArrayList<>(new TreeMap<>(changes.districtMonths).values());
        sql.unnest("""
                INSERT INTO district_month (district, year, month, hours, deeds_self, deeds_witnessed, active_volunteers, new_registrations)
                SELECT d, y, m, h::numeric, s, w, a, r
                FROM unnest(?::text[], ?::int4[], ?::int4[], ?::text[], ?::int4[], ?::int4[], ?::int4[], ?::int4[]) AS c(d, y, m, h, s, w, a, r)
                ON CONFLICT (district, year, month) DO UPDATE SET hours = district_month.hours + EXCLUDED.hours,
                    deeds_self = district_month.deeds_self + EXCLUDED.deeds_self,
                    deeds_witnessed = district_month.deeds_witnessed + EXCLUDED.deeds_witnessed,
                    active_volunteers = district_month.active_volunteers + EXCLUDED.active_volunteers,
                    new_registrations = district_month.new_registrations + EXCLUDED.new_registrations""",
                months.stream().map(c -> c.key.district()).toArray(String[]::new),
                months.stream().map(c -> c.key.year()).toArray(Integer[]::new),
                months.stream().map(c -> c.key.month()).toArray(Integer[]::new),
                months.stream().map(c -> c.hours).toArray(BigDecimal[]::new),
                months.stream().map(c -> c.self).toArray(Integer[]::new),
                months.stream().map(c -> c.witnessed).toArray(Integer[]::new),
                months.stream().map(c -> c.active).toArray(Integer[]::new),
                months.stream().map(c -> c.registrations).toArray(Integer[]::new));
        addUp("district_registrations", "registered", changes.registrations);
        addUp("district_overdue", "missed", changes.overdue);
        Map<MonthsActive, Integer> monthsActive = new TreeMap<>(changes.monthsActive);
        monthsActive.values().removeIf(v -> v == 0);
        sql.unnest("""
                INSERT INTO district_months_active (district, year, months_active, volunteers)
                SELECT * FROM unnest(?::text[], ?::int4[], ?::int4[], ?::int4[])
                ON CONFLICT (district, year, months_active) DO UPDATE SET volunteers = district_months_active.volunteers + EXCLUDED.volunteers""",
                monthsActive.keySet().stream().map(MonthsActive::district).toArray(String[]::new),
                monthsActive.keySet().stream().map(MonthsActive::year).toArray(Integer[]::new),
                monthsActive.keySet().stream().map(MonthsActive::months).toArray(Integer[]::new),
                monthsActive.values().toArray(Integer[]::new));
        Map<DistrictYear, Retention> retention = new TreeMap<>(changes.retention);
        retention.values().removeIf(Retention::isZero);
        sql.unnest("""
                INSERT INTO district_march_retention (district, year, first_active_in_march, active_again_from_may)
                SELECT * FROM unnest(?::text[], ?::int4[], ?::int4[], ?::int4[]) ON CONFLICT (district, year) DO UPDATE SET
                    first_active_in_march = district_march_retention.first_active_in_march + EXCLUDED.first_active_in_march,
                    active_again_from_may = district_march_retention.active_again_from_may + EXCLUDED.active_again_from_may""",
                retention.keySet().stream().map(DistrictYear::district).toArray(String[]::new),
                retention.keySet().stream().map(DistrictYear::year).toArray(Integer[]::new),
                retention.values().stream().map(Retention::firstActiveInMarch).toArray(Integer[]::new),
                retention.values().stream().map(Retention::activeAgainFromMay).toArray(Integer[]::new));
        Map<StarLevel, Integer> stars = new TreeMap<>(changes.starLevels);
        stars.values().removeIf(v -> v == 0);
        sql.unnest("""
                INSERT INTO district_star_level (district, level, volunteers)
                SELECT * FROM unnest(?::text[], ?::int4[], ?::int4[])
                ON CONFLICT (district, level) DO UPDATE SET volunteers = district_star_level.volunteers + EXCLUDED.volunteers""",
                stars.keySet().stream().map(StarLevel::district).toArray(String[]::new),
                stars.keySet().stream().map(StarLevel::level).toArray(Integer[]::new),
                stars.values().toArray(Integer[]::new));
    }

    /** A (district, year) counter table: adds the batch's counts. */
    private void addUp(String table, String column, Map<DistrictYear, Integer> counts) {
        Map<DistrictYear, Integer> sorted = new TreeMap<>(counts);
        sql.unnest("INSERT INTO " + table + " (district, year, " + column + ") SELECT * FROM unnest(?::text[], ?::int4[], ?::int4[]) "
                + "ON CONFLICT (district, year) DO UPDATE SET " + column + " = " + table + "." + column + " + EXCLUDED." + column,
                sorted.keySet().stream().map(DistrictYear::district).toArray(String[]::new),
                sorted.keySet().stream().map(DistrictYear::year).toArray(Integer[]::new),
                sorted.values().toArray(Integer[]::new));
    }
}
