package org.volunteernet.reporting.workunit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DeedWithdrawn;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.VolunteerProfileUpdated;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.events.WorkUnitRegistered;
import org.volunteernet.reporting.projection.service.Projection;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * Work units: their post deeds by month, and which unit each volunteer works at now (from the
 * latest profile), so that a unit's report can add up its members' volunteering. Post deeds are
 * recognised here but never become volunteer hours.
 */
@ApplicationScoped
public class WorkUnitProjection implements Projection.EventByEvent {

    @Inject
    ProjectionSql sql;

    @Override
    public void apply(ReceivedEvent event) {
        Object data = event.data();
        VolunteerRegistered registered = VolunteerRegistered.of(data); // v1 read as v2, null for other data
        if (data instanceof WorkUnitRegistered unit) {
            sql.update("""
                    INSERT INTO work_unit (work_unit_id, district, name, kind) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT DO NOTHING""", unit.workUnitId(), unit.district(), unit.name(), unit.kind());
        } else if (registered != null) {
            worksAt(registered.volunteerId(), registered.workUnitId(), 0);
        } else if (data instanceof VolunteerProfileUpdated profile) {
            worksAt(profile.volunteerId(), profile.workUnitId(), profile.version());
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

    /** The newest profile wins: one volunteer's events come in order, the version guard makes that explicit. */
    private void worksAt(java.util.UUID volunteerId, java.util.UUID workUnitId, long version) {
        sql.update("""
                INSERT INTO volunteer_work_unit (volunteer_id, work_unit_id, profile_version) VALUES (?1, ?2, ?3)
                ON CONFLICT (volunteer_id) DO UPDATE SET work_unit_id = EXCLUDED.work_unit_id, profile_version = EXCLUDED.profile_version
                WHERE volunteer_work_unit.profile_version <= EXCLUDED.profile_version""", volunteerId, workUnitId, version);
    }
}
