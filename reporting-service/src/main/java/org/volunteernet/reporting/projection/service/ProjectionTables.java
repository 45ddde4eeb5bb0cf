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

    @Transactional
    public void empty() {
        sql.update("TRUNCATE " + String.join(", ", ALL));
        sql.update("DELETE FROM processed_event WHERE consumer = ?1", Projections.INBOX_ID);
    }
}
