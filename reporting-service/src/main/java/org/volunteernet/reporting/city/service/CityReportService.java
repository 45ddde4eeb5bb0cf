package org.volunteernet.reporting.city.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.volunteernet.reporting.city.rest.CityReport;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/** Reads every district's year from the projections, side by side. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CityReportService {

    @Inject
    ProjectionSql sql;

    public CityReport report(int year) {
        List<Object[]> rows = sql.rows("""
                WITH districts AS (
                    SELECT district FROM district_month WHERE year = ?1
                    UNION SELECT district FROM district_registrations WHERE year <= ?1),
                months AS (
                    SELECT district, SUM(hours) AS hours, SUM(deeds_self + deeds_witnessed) AS deeds,
                           MAX(active_volunteers) AS peak, SUM(hours) FILTER (WHERE month IN (3, 4)) AS spring
                    FROM district_month WHERE year = ?1 GROUP BY district),
                registered AS (
                    SELECT district, SUM(registered) AS registered FROM district_registrations WHERE year <= ?1 GROUP BY district)
                SELECT d.district, COALESCE(r.registered, 0), COALESCE(m.hours, 0), COALESCE(m.deeds, 0), COALESCE(m.peak, 0),
                       COALESCE(m.spring, 0), COALESCE(o.missed, 0)
                FROM districts d
                LEFT JOIN months m ON m.district = d.district
                LEFT JOIN registered r ON r.district = d.district
                LEFT JOIN district_overdue o ON o.district = d.district AND o.year = ?1
                ORDER BY d.district""", year);
        return new CityReport(year, rows.stream().map(r -> {
            BigDecimal hours = ((BigDecimal) r[2]).setScale(2);
            BigDecimal spring = (BigDecimal) r[5];
            return new CityReport.District((String) r[0], ((Number) r[1]).longValue(), hours, ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    hours.signum() == 0 ? BigDecimal.ZERO.setScale(4) : spring.divide(hours, 4, RoundingMode.HALF_UP),
                    ((Number) r[6]).longValue());
        }).toList());
    }
}
