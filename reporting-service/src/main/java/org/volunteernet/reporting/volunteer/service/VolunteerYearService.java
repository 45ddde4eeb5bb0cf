package org.volunteernet.reporting.volunteer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.reporting.projection.service.ProjectionSql;
import org.volunteernet.reporting.volunteer.rest.VolunteerYear;

/** A volunteer's own year, for that volunteer alone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VolunteerYearService {

    @Inject
    ProjectionSql sql;

    public VolunteerYear year(UUID volunteerId, int year, CurrentUser caller) {
        List<Object[]> owner = sql.rows("SELECT account_subject FROM volunteer_account WHERE volunteer_id = ?1", volunteerId);
        if (owner.isEmpty() || owner.get(0)[0] == null || !owner.get(0)[0].equals(caller.subject())) {
            throw ProblemException.forbidden("A volunteer's year is shown to that volunteer alone");
        }
        List<Object[]> rows = sql.rows("""
                SELECT month, SUM(hours), SUM(deeds_self), SUM(deeds_witnessed), SUM(diary_entries)
                FROM volunteer_month WHERE volunteer_id = ?1 AND year = ?2 GROUP BY month ORDER BY month""", volunteerId, year);
        List<VolunteerYear.Month> months = new ArrayList<>();
        BigDecimal hours = BigDecimal.ZERO;
        long self = 0;
        long witnessed = 0;
        long diary = 0;
        List<Integer> active = new ArrayList<>();
        for (Object[] r : rows) {
            VolunteerYear.Month m = new VolunteerYear.Month(((Number) r[0]).intValue(), ((BigDecimal) r[1]).setScale(2),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue());
            months.add(m);
            active.add(m.month());
            hours = hours.add(m.hours());
            self += m.deedsSelfReported();
            witnessed += m.deedsWitnessed();
            diary += m.diaryEntries();
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < active.size(); i++) {
            run = i > 0 && active.get(i) == active.get(i - 1) + 1 ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        List<Object[]> level = sql.rows("SELECT level FROM volunteer_star WHERE volunteer_id = ?1", volunteerId);
        return new VolunteerYear(volunteerId, year, hours.setScale(2), self, witnessed, diary, active, longest,
                level.isEmpty() ? 0 : ((Number) level.get(0)[0]).intValue(), months);
    }
}
