package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.volunteernet.events.VolunteerAccountLinked;
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

    /**
     * Issue 14: a volunteer the office registered without an account claimed the record with a claim code; the
     * account now owns the volunteer's year report. A record already linked keeps its account (a claim links once).
     */
    void link(List<VolunteerAccountLinked> links) {
        sql.unnest("""
                UPDATE volunteer_account a SET account_subject = l.s
                FROM unnest(?::text[], ?::text[]) AS l(v, s)
                WHERE a.volunteer_id = l.v::uuid AND a.account_subject IS NULL""",
                links.stream().map(VolunteerAccountLinked::volunteerId).toArray(UUID[]::new),
                links.stream().map(VolunteerAccountLinked::accountSubject).toArray(String[]::new));
    }
}
