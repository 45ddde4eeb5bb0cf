package org.volunteernet.reporting.brand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.ActivityCompletedV1;
import org.volunteernet.events.ActivityScheduled;
import org.volunteernet.events.ActivitySeriesEnded;
import org.volunteernet.events.BrandCreated;
import org.volunteernet.events.BrandLeaderAppointed;
import org.volunteernet.events.BrandLeaderDismissed;
import org.volunteernet.events.GroupFormed;
import org.volunteernet.events.MemberJoined;
import org.volunteernet.events.MemberLeft;
import org.volunteernet.events.OrganizationJoined;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.reporting.projection.service.Projection;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * A brand's year: who leads it, its groups and their members, member organizations, its
 * activities as scheduled and the occurrences that took place. The verified hours served under
 * it are added to {@code brand_month} by the district projection, which counts each service
 * record once and moves it on correction; {@link BrandMonths} writes both.
 */
@ApplicationScoped
public class BrandProjection implements Projection.EventByEvent {

    @Inject
    ProjectionSql sql;

    @Inject
    NetworkCalendar calendar;

    @Inject
    BrandMonths brandMonths;

    @Override
    public void apply(ReceivedEvent event) {
        // ActivityCompleted.v1 (superseded, still on the topic) counts as its v2: the same figures, no name
        Object data = event.data() instanceof ActivityCompletedV1 legacy ? legacy.current() : event.data();
        if (data instanceof BrandCreated brand) {
            sql.update("""
                    INSERT INTO brand_name (brand_id, district, name, founder_volunteer_id) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT DO NOTHING""", brand.brandId(), brand.district(), brand.name(), brand.founderVolunteerId());
        } else if (data instanceof BrandLeaderAppointed appointed) {
            sql.update("INSERT INTO brand_leader (brand_id, volunteer_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                    appointed.brandId(), appointed.volunteerId());
        } else if (data instanceof BrandLeaderDismissed dismissed) {
            sql.update("DELETE FROM brand_leader WHERE brand_id = ?1 AND volunteer_id = ?2",
                    dismissed.brandId(), dismissed.volunteerId());
        } else if (data instanceof GroupFormed group) {
            sql.update("""
                    INSERT INTO brand_group (group_id, brand_id, name, formed_at) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT DO NOTHING""", group.groupId(), group.brandId(), group.name(), group.formedAt());
        } else if (data instanceof MemberJoined joined) {
            int added = sql.update("""
                    INSERT INTO group_member (group_id, volunteer_id, brand_id) VALUES (?1, ?2, ?3)
                    ON CONFLICT DO NOTHING""", joined.groupId(), joined.volunteerId(), joined.brandId());
            if (added == 1) {
                brandMonths.memberJoined(joined.brandId(), calendar.dateOf(joined.joinedAt()));
            }
        } else if (data instanceof MemberLeft left) {
            int removed = sql.update("DELETE FROM group_member WHERE group_id = ?1 AND volunteer_id = ?2",
                    left.groupId(), left.volunteerId());
            if (removed == 1) {
                brandMonths.memberLeft(left.brandId(), calendar.dateOf(left.leftAt()));
            }
        } else if (data instanceof OrganizationJoined organization) {
            sql.update("""
                    INSERT INTO brand_organization (organization_id, brand_id, name, joined_at) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT DO NOTHING""", organization.organizationId(), organization.brandId(), organization.name(),
                    organization.joinedAt());
        } else if (data instanceof ActivityScheduled activity && activity.brandId() != null) {
            sql.update("""
                    INSERT INTO brand_activity (activity_id, brand_id, first_start, recurrence) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT DO NOTHING""", activity.activityId(), activity.brandId(), activity.start().toInstant(),
                    activity.recurrence());
        } else if (data instanceof ActivitySeriesEnded ended) {
            sql.update("UPDATE brand_activity SET series_ends_at = ?2 WHERE activity_id = ?1", ended.activityId(), ended.endsAt());
        } else if (data instanceof ActivityCompleted completed && completed.brandId() != null) {
            sql.update("""
                    INSERT INTO brand_occurrence_held (occurrence_id, brand_id, activity_id, held_on, participants)
                    VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""", completed.occurrenceId(), completed.brandId(),
                    completed.activityId(), completed.date(), completed.participants().size());
        }
    }
}
