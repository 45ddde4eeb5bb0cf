package org.volunteernet.reporting.brand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * The one writer of {@code brand_month}: a brand's verified hours (from the district projection,
 * which counts each service record once and moves it on correction) and its members joining and
 * leaving (from the brand projection). Every change adds to the row; none overwrites.
 */
@ApplicationScoped
public class BrandMonths {

    /** A brand's calendar month. */
    public record Month(UUID brand, int year, int month) implements Comparable<Month> {

        public static Month of(UUID brand, LocalDate day) {
            return new Month(brand, day.getYear(), day.getMonthValue());
        }

        @Override
        public int compareTo(Month o) {
            return Comparator.comparing(Month::brand).thenComparingInt(Month::year).thenComparingInt(Month::month).compare(this, o);
        }
    }

    @Inject
    ProjectionSql sql;

    /** Adds hours to brands' months, one statement for the batch, rows in key order (no deadlock between batches). */
    public void addHours(Map<Month, BigDecimal> hours) {
        Map<Month, BigDecimal> sorted = new TreeMap<>(hours);
        sql.unnest("""
                INSERT INTO brand_month (brand_id, year, month, hours)
                SELECT b::uuid, y, m, h::numeric FROM unnest(?::text[], ?::int4[], ?::int4[], ?::text[]) AS c(b, y, m, h)
                ON CONFLICT (brand_id, year, month) DO UPDATE SET hours = brand_month.hours + EXCLUDED.hours""",
                sorted.keySet().stream().map(Month::brand).toArray(UUID[]::new),
                sorted.keySet().stream().map(Month::year).toArray(Integer[]::new),
                sorted.keySet().stream().map(Month::month).toArray(Integer[]::new),
                sorted.values().toArray(BigDecimal[]::new));
    }

    /** A member joined (+1) or left: counted in the month of the day. */
    void memberJoined(UUID brand, LocalDate day) {
        add(brand, day, "joined");
    }

    void memberLeft(UUID brand, LocalDate day) {
        add(brand, day, "left_count");
    }

    private void add(UUID brand, LocalDate day, String column) {
        sql.update("INSERT INTO brand_month (brand_id, year, month, " + column + ") VALUES (?1, ?2, ?3, 1) "
                + "ON CONFLICT (brand_id, year, month) DO UPDATE SET " + column + " = brand_month." + column + " + 1",
                brand, day.getYear(), day.getMonthValue());
    }
}
