package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.reporting.district.rest.DistrictReport;

/** Reads a district's report from the projections; a report is read, not computed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DistrictReportService {

    @Inject
    EntityManager entityManager;

    public DistrictReport report(String district, int year, CurrentUser caller) {
        boolean allowed = caller.isCityWide() || caller.hasRole(Roles.ANALYST)
                || caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(district);
        if (!allowed) {
            throw ProblemException.forbidden("A district office reads only its own district's report");
        }
        Object[] figures = (Object[]) entityManager.createNativeQuery("""
                SELECT COALESCE(SUM(registered), 0), COALESCE(SUM(registered) FILTER (WHERE year = ?2), 0)
                FROM district_registrations WHERE district = ?1 AND year <= ?2""")
                .setParameter(1, district)
                .setParameter(2, year)
                .getSingleResult();
        return new DistrictReport(district, year, ((Number) figures[0]).longValue(), ((Number) figures[1]).longValue());
    }
}
