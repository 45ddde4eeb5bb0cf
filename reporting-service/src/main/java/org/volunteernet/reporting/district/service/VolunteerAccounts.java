package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/** The writer of {@code volunteer_account}: which account a volunteer signs in with, for the volunteer's own year report. */
@ApplicationScoped
class VolunteerAccounts {

    @Inject
    ProjectionSql sql;

    void apply(List<VolunteerRegistered> registrations) {
        sql.unnest("""
                INSERT INTO volunteer_account (volunteer_id, district, account_subject)
                SELECT v::uuid, d, s FROM unnest(?::text[], ?::text[], ?::text[]) AS r(v, d, s) ON CONFLICT DO NOTHING""",
                registrations.stream().map(VolunteerRegistered::volunteerId).toArray(UUID[]::new),
                registrations.stream().map(VolunteerRegistered::district).toArray(String[]::new),
                registrations.stream().map(VolunteerRegistered::accountSubject).toArray(String[]::new));
    }
}
