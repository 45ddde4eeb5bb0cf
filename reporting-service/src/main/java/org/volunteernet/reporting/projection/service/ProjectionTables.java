package org.volunteernet.reporting.projection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The tables built from events, which a rebuild empties together with the inbox's memory of them. */
@ApplicationScoped
public class ProjectionTables {

    /** Every table a projection writes. A test checks this against the schema, so a new table cannot be forgotten. */
    public static final List<String> ALL = List.of(
            "district_registrations", "district_month", "district_overdue", "volunteer_month", "volunteer_star",
            "volunteer_account", "record_hours", "brand_name", "brand_leader", "brand_group", "group_member",
            "brand_organization", "brand_activity", "brand_occurrence_held", "brand_month", "work_unit",
            "volunteer_work_unit", "volunteer_work_unit_span", "work_unit_month", "volunteer_year", "district_months_active",
            "district_march_retention", "district_star_level", "overdue_occurrence");

    @Inject
    ProjectionSql sql;

    /**
     * Empties every projection table and the inbox's record of what they applied, in one transaction.
     * The inbox is truncated when the projections are its only consumer (one statement however long the
     * log; a DELETE of a rebuild's 115,000 rows took most of a second), else only their rows go.
     */
    @Transactional
    public void empty() {
        sql.update("TRUNCATE " + String.join(", ", ALL));
        sql.update("LOCK TABLE processed_event IN ACCESS EXCLUSIVE MODE"); // nobody claims between the check and the emptying
        boolean othersClaimed = (Boolean) sql.value("SELECT EXISTS (SELECT 1 FROM processed_event WHERE consumer <> ?1)", Projections.INBOX_ID);
        if (othersClaimed) {
            sql.update("DELETE FROM processed_event WHERE consumer = ?1", Projections.INBOX_ID);
        } else {
            sql.update("TRUNCATE processed_event");
        }
    }
}
