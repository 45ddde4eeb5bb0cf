package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * The writer of {@code record_hours}: the verified hours of each service record as counted in the
 * reports. A record is counted once, whatever event announced it; a correction (Decree 67 Art. 13:
 * kept, never an overwrite of the history, which volunteer-service holds) moves exactly what was
 * counted to the corrected date and hours.
 */
@ApplicationScoped
class RecordHours {

    /** What the reports counted for a record. */
    record Counted(LocalDate date, BigDecimal hours, UUID brand) {
    }

    @Inject
    ProjectionSql sql;

    /** Counts the records record_hours did not have yet; adds their hours to the changes. */
    void created(List<ServiceRecordCreated> created, DistrictChanges changes) {
        Set<UUID> fresh = new HashSet<>();
        sql.unnest("""
                INSERT INTO record_hours (record_id, volunteer_id, district, service_date, hours, brand_id)
                SELECT r::uuid, v::uuid, d, s::date, h::numeric, b::uuid
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS c(r, v, d, s, h, b)
                ON CONFLICT DO NOTHING RETURNING record_id""",
                created.stream().map(ServiceRecordCreated::recordId).toArray(UUID[]::new),
                created.stream().map(ServiceRecordCreated::volunteerId).toArray(UUID[]::new),
                created.stream().map(ServiceRecordCreated::district).toArray(String[]::new),
                created.stream().map(ServiceRecordCreated::date).toArray(LocalDate[]::new),
                created.stream().map(ServiceRecordCreated::hours).toArray(BigDecimal[]::new),
                created.stream().map(ServiceRecordCreated::brandId).toArray(UUID[]::new))
                .forEach(row -> fresh.add((UUID) row[0]));
        for (ServiceRecordCreated record : created) {
            if (fresh.remove(record.recordId())) { // the first event of a record in the batch is the one inserted
                changes.hours(record.volunteerId(), record.district(), record.date(), record.hours(), record.brandId());
            }
        }
    }

    /**
     * Moves what was counted for each corrected record (after the batch's creations: a record
     * created and corrected in one batch is moved); a record never counted has nothing to move.
     */
    void corrected(List<ServiceRecordCorrected> corrections, DistrictChanges changes) {
        if (corrections.isEmpty()) {
            return;
        }
        Map<UUID, Counted> counted = new HashMap<>();
        for (Object[] row : sql.unnest("""
                SELECT record_id, service_date::text, hours, brand_id FROM record_hours
                WHERE record_id = ANY (?::text[]::uuid[]) ORDER BY record_id FOR UPDATE""",
                corrections.stream().map(ServiceRecordCorrected::recordId).distinct().toArray(UUID[]::new))) {
            counted.put((UUID) row[0], new Counted(LocalDate.parse((String) row[1]), (BigDecimal) row[2], (UUID) row[3]));
        }
        Map<UUID, Counted> moved = new LinkedHashMap<>();
        for (ServiceRecordCorrected correction : corrections) {
            Counted before = counted.get(correction.recordId());
            if (before == null) {
                continue;
            }
            changes.hours(correction.volunteerId(), correction.district(), before.date(), before.hours().negate(), before.brand());
            changes.hours(correction.volunteerId(), correction.district(), correction.date(), correction.hours(), before.brand());
            Counted after = new Counted(correction.date(), correction.hours(), before.brand());
            counted.put(correction.recordId(), after);
            moved.put(correction.recordId(), after);
        }
        sql.unnest("""
                UPDATE record_hours SET service_date = c.s::date, hours = c.h::numeric
                FROM unnest(?::text[], ?::text[], ?::text[]) AS c(r, s, h) WHERE record_id = c.r::uuid""",
                moved.keySet().toArray(UUID[]::new),
                moved.values().stream().map(Counted::date).toArray(LocalDate[]::new),
                moved.values().stream().map(Counted::hours).toArray(BigDecimal[]::new));
    }
}
