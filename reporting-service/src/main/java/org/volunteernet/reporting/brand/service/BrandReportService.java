package org.volunteernet.reporting.brand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.reporting.brand.rest.BrandReport;
import org.volunteernet.reporting.districtname.service.DistrictNames;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/** Reads a brand's year from the projections. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BrandReportService {

    @Inject
    ProjectionSql sql;

    @Inject
    DueOccurrences dueOccurrences;

    @Inject
    DistrictNames names;

    public BrandReport report(UUID brandId, int year, CurrentUser caller) {
        List<Object[]> brand = sql.rows("SELECT name, district FROM brand_name WHERE brand_id = ?1", brandId);
        if (brand.isEmpty()) {
            throw ProblemException.notFound("brand", brandId);
        }
        String district = (String) brand.get(0)[1];
        requireAllowed(brandId, district, caller);

        Map<Integer, Object[]> byMonth = new HashMap<>();
        for (Object[] row : sql.rows("SELECT month, hours, joined, left_count FROM brand_month WHERE brand_id = ?1 AND year = ?2",
                brandId, year)) {
            byMonth.put(((Number) row[0]).intValue(), row);
        }
        Map<Integer, Long> heldByMonth = new HashMap<>();
        long participations = 0;
        for (Object[] row : sql.rows("""
                SELECT EXTRACT(MONTH FROM held_on)::int, count(*), SUM(participants) FROM brand_occurrence_held
                WHERE brand_id = ?1 AND held_on >= make_date(?2, 1, 1) AND held_on < make_date(?2 + 1, 1, 1)
                GROUP BY 1""", brandId, year)) {
            heldByMonth.put(((Number) row[0]).intValue(), ProjectionSql.count(row[1]));
            participations += ProjectionSql.count(row[2]);
        }
        List<BrandReport.Month> months = new ArrayList<>();
        BigDecimal hours = BigDecimal.ZERO.setScale(2);
        long joined = 0;
        long left = 0;
        long held = 0;
        for (int m = 1; m <= 12; m++) {
            Object[] row = byMonth.get(m);
            BigDecimal monthHours = row == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) row[1]).setScale(2);
            long monthJoined = row == null ? 0 : ProjectionSql.count(row[2]);
            long monthLeft = row == null ? 0 : ProjectionSql.count(row[3]);
            long monthHeld = heldByMonth.getOrDefault(m, 0L);
            months.add(new BrandReport.Month(m, monthHours, monthHeld, monthJoined, monthLeft));
            hours = hours.add(monthHours);
            joined += monthJoined;
            left += monthLeft;
            held += monthHeld;
        }

        long current = ProjectionSql.count(sql.value(
                "SELECT count(DISTINCT volunteer_id) FROM group_member WHERE brand_id = ?1", brandId));
        List<BrandReport.Group> groups = sql.rows("""
                SELECT g.group_id, g.name, (SELECT count(*) FROM group_member m WHERE m.group_id = g.group_id)
                FROM brand_group g WHERE g.brand_id = ?1 ORDER BY g.formed_at, g.name""", brandId).stream()
                .map(r -> new BrandReport.Group((UUID) r[0], (String) r[1], ProjectionSql.count(r[2]))).toList();
        List<BrandReport.Organization> organizations = sql.rows(
                "SELECT organization_id, name FROM brand_organization WHERE brand_id = ?1 ORDER BY joined_at, name", brandId)
                .stream().map(r -> new BrandReport.Organization((UUID) r[0], (String) r[1])).toList();

        List<Object[]> activities = sql.rows(
                "SELECT first_start, recurrence, series_ends_at FROM brand_activity WHERE brand_id = ?1", brandId);
        long due = 0;
        for (Object[] activity : activities) {
            due += dueOccurrences.count(toInstant(activity[0]), (String) activity[1], toInstant(activity[2]), year, NetworkClock.now());
        }
        BigDecimal regularity = due == 0 ? null
                : BigDecimal.valueOf(Math.min(held, due)).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
        return new BrandReport(brandId, (String) brand.get(0)[0], district, names.chinese(district), year,
                new BrandReport.Members(current, joined, left), groups, organizations,
                new BrandReport.Occurrences(activities.size(), due, held, regularity, participations), hours, months);
    }

    /** Leaders of the brand, its district's office, city-admins and analysts; 404 as an unknown id to another district. */
    private void requireAllowed(UUID brandId, String district, CurrentUser caller) {
        if (caller.isCityWide() || caller.hasRole(Roles.ANALYST)
                || caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(district)) {
            return;
        }
        boolean leads = caller.hasRole(Roles.BRAND_LEADER) && ProjectionSql.count(sql.value("""
                SELECT count(*) FROM brand_leader l JOIN volunteer_account a ON a.volunteer_id = l.volunteer_id
                WHERE l.brand_id = ?1 AND a.account_subject = ?2""", brandId, caller.subject())) > 0;
        if (!leads) {
            // to another district's office or leader, the brand reads like an unknown id
            throw ProblemException.refused(caller.mayActIn(district), "brand", brandId,
                    "A brand's report is for its leaders, its district office and analysts");
        }
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
