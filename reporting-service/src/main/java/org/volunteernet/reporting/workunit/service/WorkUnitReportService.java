package org.volunteernet.reporting.workunit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.reporting.projection.service.ProjectionSql;
import org.volunteernet.reporting.workunit.rest.WorkUnitReport;
import org.volunteernet.reporting.districtname.service.DistrictNames;

/**
 * Reads a work unit's year: post deeds from their own table; members' volunteering from the verified hours of
 * each service record (record_hours, as corrected) served while the volunteer belonged to the unit: a record
 * counts for the unit named by the volunteer's newest profile version whose day (volunteer_work_unit_span) is not
 * after the record's service date. Hours from before a volunteer named the unit, or from after they left or moved,
 * are not the unit's. {@code members} is who belongs to the unit now; {@code membersVolunteering} who has hours
 * counted for it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkUnitReportService {

    /**
     * A CTE {@code served(volunteer_id, month, hours)}: the records of year ?2 that count for unit ?1. Only volunteers
     * who ever named the unit are looked at; each record is matched to the membership in force on its service date.
     */
    static final String SERVED_WHILE_MEMBER = """
            WITH served AS (
                SELECT rh.volunteer_id, extract(MONTH FROM rh.service_date)::int AS month, rh.hours
                FROM record_hours rh
                JOIN LATERAL (
                    SELECT s.work_unit_id FROM volunteer_work_unit_span s
                    WHERE s.volunteer_id = rh.volunteer_id AND s.from_date <= rh.service_date
                    ORDER BY s.profile_version DESC LIMIT 1) AS m ON m.work_unit_id = ?1
                WHERE rh.volunteer_id IN (SELECT volunteer_id FROM volunteer_work_unit_span WHERE work_unit_id = ?1)
                    AND rh.service_date >= make_date(?2, 1, 1) AND rh.service_date < make_date(?2 + 1, 1, 1))
            """;

    @Inject
    ProjectionSql sql;

    @Inject
    DistrictNames names;

    public WorkUnitReport report(UUID workUnitId, int year, CurrentUser caller) {
        List<Object[]> unit = sql.rows("SELECT name, kind, district FROM work_unit WHERE work_unit_id = ?1", workUnitId);
        if (unit.isEmpty()) {
            throw ProblemException.notFound("work unit", workUnitId);
        }
        String district = (String) unit.get(0)[2];
        if (!(caller.isCityWide() || caller.hasRole(Roles.ANALYST)
                || caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(district))) {
            // another district's office: the 404 of an unknown id
            throw ProblemException.refused(caller.mayActIn(district), "work unit", workUnitId,
                    "A work unit's report is for its district office and analysts");
        }
        Map<Integer, Object[]> post = new HashMap<>();
        for (Object[] row : sql.rows("SELECT month, post_deeds, post_minutes FROM work_unit_month WHERE work_unit_id = ?1 AND year = ?2",
                workUnitId, year)) {
            post.put(((Number) row[0]).intValue(), row);
        }
        Map<Integer, Object[]> volunteering = new HashMap<>();
        for (Object[] row : sql.rows(SERVED_WHILE_MEMBER + """
                SELECT month, SUM(hours), count(DISTINCT volunteer_id) FILTER (WHERE hours > 0)
                FROM served GROUP BY month""", workUnitId, year)) {
            volunteering.put(((Number) row[0]).intValue(), row);
        }
        List<WorkUnitReport.Month> months = new ArrayList<>();
        long postDeeds = 0;
        long postMinutes = 0;
        BigDecimal hours = BigDecimal.ZERO.setScale(2);
        for (int m = 1; m <= 12; m++) {
            Object[] p = post.get(m);
            Object[] v = volunteering.get(m);
            WorkUnitReport.Month month = new WorkUnitReport.Month(m,
                    p == null ? 0 : ProjectionSql.count(p[1]), p == null ? 0 : ProjectionSql.count(p[2]),
                    v == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) v[1]).setScale(2), v == null ? 0 : ProjectionSql.count(v[2]));
            months.add(month);
            postDeeds += month.postDeeds();
            postMinutes += month.postMinutes();
            hours = hours.add(month.volunteerHours());
        }
        long members = ProjectionSql.count(sql.value("SELECT count(*) FROM volunteer_work_unit WHERE work_unit_id = ?1", workUnitId));
        long volunteeringMembers = ProjectionSql.count(sql.value(SERVED_WHILE_MEMBER + """
                SELECT count(DISTINCT volunteer_id) FROM (
                    SELECT volunteer_id FROM served GROUP BY volunteer_id, month HAVING SUM(hours) > 0) AS v""",
                workUnitId, year));
        return new WorkUnitReport(workUnitId, (String) unit.get(0)[0], (String) unit.get(0)[1], district,
                names.chinese(district), year, members,
                postDeeds, postMinutes, hours, volunteeringMembers, months);
    }
}
