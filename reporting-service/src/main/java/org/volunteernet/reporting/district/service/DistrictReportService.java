package org.volunteernet.reporting.district.service;

import static org.volunteernet.reporting.projection.service.ProjectionSql.count;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.reporting.district.rest.DistrictReport;
import org.volunteernet.reporting.districtname.service.DistrictNames;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/** Reads a district's year from the projections; a report is read, not computed from events. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DistrictReportService {

    static final int TOP_BRANDS = 5;

    @Inject
    ProjectionSql sql;

    @Inject
    DistrictNames names;

    public DistrictReport report(String district, int year, CurrentUser caller) {
        boolean allowed = caller.isCityWide() || caller.hasRole(Roles.ANALYST)
                || caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(district);
        if (!allowed) {
            throw ProblemException.forbidden("A district office reads only its own district's report");
        }
        Object[] registrations = (Object[]) sql.rows("""
                SELECT COALESCE(SUM(registered), 0), COALESCE(SUM(registered) FILTER (WHERE year = ?2), 0)
                FROM district_registrations WHERE district = ?1 AND year <= ?2""", district, year).get(0);

        Map<Integer, Object[]> byMonth = new LinkedHashMap<>();
        for (Object[] row : sql.rows("""
                SELECT month, hours, active_volunteers, deeds_self, deeds_witnessed, new_registrations
                FROM district_month WHERE district = ?1 AND year = ?2""", district, year)) {
            byMonth.put(((Number) row[0]).intValue(), row);
        }
        List<DistrictReport.Month> months = new ArrayList<>();
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal springHours = BigDecimal.ZERO;
        long deeds = 0;
        long springDeeds = 0;
        for (int m = 1; m <= 12; m++) {
            Object[] row = byMonth.get(m);
            DistrictReport.Month month = row == null ? new DistrictReport.Month(m, BigDecimal.ZERO.setScale(2), 0, 0, 0, 0)
                    : new DistrictReport.Month(m, ((BigDecimal) row[1]).setScale(2), count(row[2]), count(row[3]), count(row[4]), count(row[5]));
            months.add(month);
            long monthDeeds = month.deedsSelfReported() + month.deedsWitnessed();
            hours = hours.add(month.hours());
            deeds += monthDeeds;
            if (m == 3 || m == 4) {
                springHours = springHours.add(month.hours());
                springDeeds += monthDeeds;
            }
        }

        Map<String, Long> monthsActive = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            monthsActive.put(Integer.toString(i), 0L);
        }
        for (Object[] row : sql.rows("""
                SELECT months_active, volunteers FROM district_months_active
                WHERE district = ?1 AND year = ?2 AND months_active BETWEEN 1 AND 12""", district, year)) {
            monthsActive.put(Integer.toString(((Number) row[0]).intValue()), count(row[1]));
        }

        List<Object[]> retained = sql.rows("""
                SELECT first_active_in_march, active_again_from_may FROM district_march_retention
                WHERE district = ?1 AND year = ?2""", district, year);
        Object[] retention = retained.isEmpty() ? new Object[] {0, 0} : retained.get(0);
        long firstInMarch = count(retention[0]);
        long stayed = count(retention[1]);

        Map<String, Long> stars = new LinkedHashMap<>();
        for (Object[] row : sql.rows(
                "SELECT level, volunteers FROM district_star_level WHERE district = ?1 AND volunteers > 0 ORDER BY level", district)) {
            stars.put(Integer.toString(((Number) row[0]).intValue()), count(row[1]));
        }

        List<DistrictReport.BrandHours> brands = sql.rows("""
                SELECT b.brand_id, n.name, sum(b.hours) AS hours FROM brand_month b JOIN brand_name n ON n.brand_id = b.brand_id
                WHERE n.district = ?1 AND b.year = ?2 GROUP BY b.brand_id, n.name HAVING sum(b.hours) > 0
                ORDER BY hours DESC, n.name LIMIT %d""".formatted(TOP_BRANDS),
                district, year).stream()
                .map(r -> new DistrictReport.BrandHours((UUID) r[0], (String) r[1], ((BigDecimal) r[2]).setScale(2)))
                .toList();

        List<Object[]> overdue = sql.rows("SELECT missed FROM district_overdue WHERE district = ?1 AND year = ?2", district, year);

        return new DistrictReport(district, names.chinese(district), year, count(registrations[0]), count(registrations[1]), months,
                new DistrictReport.Share(share(springHours, hours), share(BigDecimal.valueOf(springDeeds), BigDecimal.valueOf(deeds))),
                monthsActive, new DistrictReport.Retention(firstInMarch, stayed,
                        share(BigDecimal.valueOf(stayed), BigDecimal.valueOf(firstInMarch))),
                stars, brands, overdue.isEmpty() ? 0 : count(overdue.get(0)[0]));
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(4) : part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
