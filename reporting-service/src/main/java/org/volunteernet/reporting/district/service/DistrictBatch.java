package org.volunteernet.reporting.district.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.ActivityCompletedV1;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DeedWithdrawn;
import org.volunteernet.events.DiaryEntryWritten;
import org.volunteernet.events.OccurrenceCancelled;
import org.volunteernet.events.OccurrenceClosed;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.RecordDeadlineMissed;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.events.VolunteerAccountLinked;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.events.VolunteerRegisteredV1;

/**
 * A batch of events folded into what the district tables need, without touching them: the
 * counts the events tell on their own (registrations, deeds, diary entries, by district and
 * month), and the events whose effect depends on stored rows, sorted by kind in their order.
 * Pure: the same events give the same batch (unit-tested without Quarkus).
 *
 * <p>Hours count in the activity's district, deeds and diary entries in the volunteer's; a
 * withdrawn deed (issue 15) takes its count back but leaves the month active: the volunteer did write.
 *
 * @param changes             the increments known from the events alone
 * @param registrations       volunteers registered (their accounts are kept for the volunteer-year report)
 * @param accountLinks        accounts that claimed a volunteer the office registered (issue 14: claim codes)
 * @param recordsCreated      service records created; counted once per record however often announced
 * @param recordsCorrected    corrections of records; applied after the creations of the same batch
 * @param starLevels          star levels reached, in order
 * @param missedDeadlines     occurrences not recorded within 10 working days (Decree 67 Art. 11)
 * @param closedOccurrences   occurrences recorded (ActivityCompleted) or closed without a record
 *                            (OccurrenceClosed; OccurrenceCancelled from before OccurrenceClosed existed)
 */
record DistrictBatch(
        DistrictChanges changes,
        List<VolunteerRegistered> registrations,
        List<VolunteerAccountLinked> accountLinks,
        List<ServiceRecordCreated> recordsCreated,
        List<ServiceRecordCorrected> recordsCorrected,
        List<StarLevelReached> starLevels,
        List<RecordDeadlineMissed> missedDeadlines,
        List<UUID> closedOccurrences) {

    /** Folds the events, in their order; dates of instants are taken in {@code zone}, the network's. */
    static DistrictBatch fold(List<ReceivedEvent> events, ZoneId zone) {
        DistrictBatch batch = new DistrictBatch(new DistrictChanges(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        // ActivityCompleted.v1 and VolunteerRegistered.v1 (superseded, still on the topic) count as their v2: the same figures
        events.forEach(event -> batch.add(event.data() instanceof ActivityCompletedV1 legacy ? legacy.current()
                : event.data() instanceof VolunteerRegisteredV1 registered ? registered.current() : event.data(), zone));
        return batch;
    }

    private void add(Object data, ZoneId zone) {
        if (data instanceof VolunteerRegistered registered) {
            registrations.add(registered);
            LocalDate day = registered.registeredAt().atZone(zone).toLocalDate();
            changes.registrations.merge(new DistrictChanges.DistrictYear(registered.district(), day.getYear()), 1, Integer::sum);
            changes.districtMonth(registered.district(), day).registrations++;
        } else if (data instanceof VolunteerAccountLinked linked) {
            accountLinks.add(linked);
        } else if (data instanceof DeedRecorded deed) {
            // the events' verified is a witnessed deed (deedsWitnessed in reports); not verified is self-reported
            deed(deed.volunteerId(), deed.district(), deed.date(), deed.verified(), 1);
        } else if (data instanceof DeedWithdrawn withdrawn) {
            deed(withdrawn.volunteerId(), withdrawn.district(), withdrawn.date(), withdrawn.verified(), -1);
        } else if (data instanceof DiaryEntryWritten entry) {
            changes.volunteerMonth(entry.volunteerId(), entry.district(), entry.date()).diaryEntries++;
        } else if (data instanceof ServiceRecordCreated record) {
            recordsCreated.add(record);
        } else if (data instanceof ServiceRecordCorrected correction) {
            recordsCorrected.add(correction);
        } else if (data instanceof StarLevelReached star) {
            starLevels.add(star);
        } else if (data instanceof RecordDeadlineMissed missed) {
            missedDeadlines.add(missed);
        } else if (data instanceof ActivityCompleted completed) {
            closedOccurrences.add(completed.occurrenceId());
        } else if (data instanceof OccurrenceClosed closing) {
            closedOccurrences.add(closing.occurrenceId());
        } else if (data instanceof OccurrenceCancelled cancelled) {
            closedOccurrences.add(cancelled.occurrenceId());
        }
    }

    /** A deed (+1) or its withdrawal (-1): witnessed deeds apart from self-reported ones, in the volunteer's and the district's month. */
    private void deed(UUID volunteer, String district, LocalDate date, boolean witnessed, int count) {
        DistrictChanges.VolunteerMonthChange month = changes.volunteerMonth(volunteer, district, date);
        DistrictChanges.DistrictMonthChange districtMonth = changes.districtMonth(district, date);
        if (witnessed) {
            month.witnessed += count;
            districtMonth.witnessed += count;
        } else {
            month.self += count;
            districtMonth.self += count;
        }
    }
}
