package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.reporting.brand.service.BrandMonths;
import org.volunteernet.reporting.projection.service.Projection;

/**
 * Keeps the district figures current, pre-aggregated so that a report reads rows.
 *
 * <p>Each batch of events (one poll's worth when consuming live, thousands in a rebuild) is folded
 * into changes without touching the database ({@link DistrictBatch}, pure), then each table's own
 * writer applies its part, one statement per table: the figures equal those of applying the events
 * one by one. The order matters where a writer learns from another's rows: a record's hours are
 * counted before a correction in the same batch moves them; the months first active are learnt from
 * the volunteer_month rows the upsert created, before the district counters are added up.
 */
@ApplicationScoped
public class DistrictProjection implements Projection {

    @Inject
    NetworkCalendar calendar;

    @Inject
    OverdueOccurrences overdueOccurrences;

    @Inject
    VolunteerAccounts volunteerAccounts;

    @Inject
    RecordHours recordHours;

    @Inject
    ActiveMonths activeMonths;

    @Inject
    VolunteerStars volunteerStars;

    @Inject
    DistrictCounters districtCounters;

    @Inject
    BrandMonths brandMonths;

    @Override
    public void apply(List<ReceivedEvent> events) {
        DistrictBatch batch = DistrictBatch.fold(events, calendar.zone());
        DistrictChanges changes = batch.changes();
        overdueOccurrences.apply(batch.missedDeadlines(), batch.closedOccurrences(), changes);
        volunteerAccounts.apply(batch.registrations());
        volunteerAccounts.link(batch.accountLinks()); // after the registrations: registered and linked in one batch gets the account
        recordHours.created(batch.recordsCreated(), changes);
        recordHours.corrected(batch.recordsCorrected(), changes);
        activeMonths.apply(changes);
        volunteerStars.apply(batch.starLevels(), changes);
        districtCounters.apply(changes);
        brandMonths.addHours(changes.brandHours);
    }
}
