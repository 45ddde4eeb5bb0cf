package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.events.RecordDeadlineMissed;
import org.volunteernet.reporting.district.service.DistrictChanges.DistrictYear;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * The writer of {@code overdue_occurrence}, and what it changes in {@code district_overdue}.
 *
 * <p>Overdue (issue 15, the definition activity-service's GET /occurrences/overdue shares): an
 * occurrence counts for the district and year of its end from its RecordDeadlineMissed (not
 * recorded within 10 working days, Decree 67 Art. 11) until it is recorded (ActivityCompleted) or
 * closed without a record (OccurrenceClosed: cancelled or held with nobody). Each occurrence has
 * one row; the closing marks it, so the order in which the events arrive does not matter.
 */
@ApplicationScoped
class OverdueOccurrences {

    /** A row whose overdue state changed: its district and the year the occurrence ended. */
    private record Changed(String district, int year) {
        static Changed of(Object[] row) {
            return row[0] == null ? null : new Changed((String) row[0], ((Number) row[1]).intValue());
        }
    }

    @Inject
    ProjectionSql sql;

    @Inject
    NetworkCalendar calendar;

    void apply(List<RecordDeadlineMissed> missed, List<UUID> closed, DistrictChanges changes) {
        for (Object[] row : sql.unnest("""
                INSERT INTO overdue_occurrence (occurrence_id, district, year)
                SELECT o::uuid, d, y FROM unnest(?::text[], ?::text[], ?::int4[]) AS m(o, d, y)
                ON CONFLICT DO NOTHING RETURNING district, year""",
                missed.stream().map(RecordDeadlineMissed::occurrenceId).toArray(UUID[]::new),
                missed.stream().map(RecordDeadlineMissed::district).toArray(String[]::new),
                missed.stream().map(m -> calendar.dateOf(m.endedAt()).getYear()).toArray(Integer[]::new))) {
            Changed missedNow = Changed.of(row);
            changes.overdue.merge(new DistrictYear(missedNow.district(), missedNow.year()), 1, Integer::sum);
        }
        for (Object[] row : sql.unnest("""
                INSERT INTO overdue_occurrence (occurrence_id, closed)
                SELECT DISTINCT o::uuid, TRUE FROM unnest(?::text[]) AS c(o)
                ON CONFLICT (occurrence_id) DO UPDATE SET closed = TRUE WHERE NOT overdue_occurrence.closed
                RETURNING district, year""",
                closed.toArray(UUID[]::new))) {
            Changed closedNow = Changed.of(row);
            if (closedNow != null) { // a missed deadline closed: no longer overdue (a closing without one has no district)
                changes.overdue.merge(new DistrictYear(closedNow.district(), closedNow.year()), -1, Integer::sum);
            }
        }
    }
}
