package org.volunteernet.reporting.workunit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DeedWithdrawn;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.VolunteerProfileUpdated;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.events.WorkUnitRegistered;
import org.volunteernet.reporting.projection.service.Projection;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * Work units: their post deeds by month, which unit each volunteer works at now (from the latest
 * profile: the unit's members), and from which day each profile version's unit applies (the day of
 * the registration or update, network calendar), so that a unit's report adds up its members'
 * volunteering served while they belonged to it. Post deeds are recognised here but never become
 * volunteer hours.
 */
@ApplicationScoped
public class WorkUnitProjection implements Projection.EventByEvent {

    @Inject
    ProjectionSql sql;

    @Inject
    NetworkCalendar calendar;

    @Override
    public void apply(ReceivedEvent event) {
        Object data = event.data();
        VolunteerRegistered registered = VolunteerRegistered.of(data); // v1 read as v2, null for other data
        if (data instanceof WorkUnitRegistered unit) {
            sql.update("""
                    INSERT INTO work_unit (work_unit_id, district, name, kind) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT DO NOTHING""", unit.workUnitId(), unit.district(), unit.name(), unit.kind());
        } else if (registered != null) {
            worksAt(registered.volunteerId(), registered.workUnitId(), 0, day(registered.registeredAt(), event));
        } else if (data instanceof VolunteerProfileUpdated profile) {
            worksAt(profile.volunteerId(), profile.workUnitId(), profile.version(), day(profile.updatedAt(), event));
        } else if (data instanceof DeedRecorded deed && deed.atPost() && deed.workUnitId() != null) {
            sql.update("""
                    INSERT INTO work_unit_month (work_unit_id, year, month, post_deeds, post_minutes) VALUES (?1, ?2, ?3, 1, ?4)
                    ON CONFLICT (work_unit_id, year, month) DO UPDATE SET post_deeds = work_unit_month.post_deeds + 1,
                        post_minutes = work_unit_month.post_minutes + EXCLUDED.post_minutes""",
                    deed.workUnitId(), deed.date().getYear(), deed.date().getMonthValue(), (long) deed.minutes());
        } else if (data instanceof DeedWithdrawn withdrawn && withdrawn.atPost() && withdrawn.workUnitId() != null) {
            // issue 15: a withdrawn post deed is subtracted from the month it was counted in
            sql.update("""
                    UPDATE work_unit_month SET post_deeds = post_deeds - 1, post_minutes = post_minutes - ?4
                    WHERE work_unit_id = ?1 AND year = ?2 AND month = ?3""",
                    withdrawn.workUnitId(), withdrawn.date().getYear(), withdrawn.date().getMonthValue(), (long) withdrawn.minutes());
        }
    }

    /**
     * The newest profile wins for the unit a volunteer works at now (one volunteer's events come in order, the version
     * guard makes that explicit); every version is also kept with the day it took effect, so that a unit counts a
     * member's hours only from the day the volunteer named it (see {@link WorkUnitReportService}).
     */
    private void worksAt(UUID volunteerId, UUID workUnitId, long version, LocalDate from) {
        sql.update("""
                INSERT INTO volunteer_work_unit (volunteer_id, work_unit_id, profile_version) VALUES (?1, ?2, ?3)
                ON CONFLICT (volunteer_id) DO UPDATE SET work_unit_id = EXCLUDED.work_unit_id, profile_version = EXCLUDED.profile_version
                WHERE volunteer_work_unit.profile_version <= EXCLUDED.profile_version""", volunteerId, workUnitId, version);
        sql.update("""
                INSERT INTO volunteer_work_unit_span (volunteer_id, profile_version, work_unit_id, from_date) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT DO NOTHING""", volunteerId, version, workUnitId, from);
    }

    /** The network-calendar day of the event's own time (registeredAt, updatedAt), else of its envelope's time. */
    private LocalDate day(Instant at, ReceivedEvent event) {
        return calendar.dateOf(at != null ? at : event.time().toInstant());
    }
}
