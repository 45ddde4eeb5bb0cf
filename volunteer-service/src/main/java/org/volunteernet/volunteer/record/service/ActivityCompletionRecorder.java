package org.volunteernet.volunteer.record.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.volunteernet.common.inbox.Inbox;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.privacy.SealedReference;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.ActivityCompletedV1;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.volunteer.record.domain.DailyHours;
import org.volunteernet.volunteer.record.domain.ServiceRecord;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.star.service.StarService;

/**
 * Turns a completed activity into a service record per participant (Decree 67 Art. 7: "whoever
 * organizes records"). Each event is applied once (inbox), and each volunteer gets at most one
 * record per occurrence; crossing a star threshold is announced in the same transaction.
 *
 * <p>A volunteer's verified hours over one calendar day never exceed 24 ({@link DailyHours}). An
 * event that would pass the limit is not refused (it would fail on every redelivery and stall or
 * dead-letter a legitimate completion): its record certifies what is left of the day and keeps the
 * recorded hours in {@code hoursCappedFrom}, visible on the record and in ServiceRecordCreated, so the
 * organizer or the volunteer can correct it. The volunteer's row is locked while the day is summed, so
 * two completions of the same day cannot both see room.
 */
@ApplicationScoped
public class ActivityCompletionRecorder {

    static final String CONSUMER = "volunteer.service-records";
    private static final Logger LOG = Logger.getLogger(ActivityCompletionRecorder.class);

    @Inject
    Inbox inbox;

    @Inject
    SealedReference seal;

    @Inject
    Outbox outbox;

    @Inject
    StarService stars;

    @Transactional
    public void apply(byte[] message) {
        inbox.receive(CONSUMER, message, Set.of(ActivityCompleted.class, ActivityCompletedV1.class)).ifPresent(this::apply);
    }

    /**
     * Both versions make the same record: v2 (current) names the person in charge through a sealed reference
     * that this service opens with {@code volunteernet.events.seal-key}; v1 (superseded, still on the topic
     * and replayed) carried the name itself.
     */
    @SuppressWarnings("deprecation")
    private void apply(ReceivedEvent event) {
        ActivityCompleted completed;
        String personInCharge;
        if (event.data() instanceof ActivityCompleted current) {
            completed = current;
            // a reference that does not open (another key) goes to the dead-letter topic with this reason, to be
            // replayed once the key is right, rather than making Art. 7 records without the person in charge
            personInCharge = current.personInChargeRef() == null ? "" // none recorded for the activity
                    : seal.open(current.personInChargeRef(), current.activityId()).orElseThrow(() -> new IllegalStateException(
                            "the person in charge's reference does not open with volunteernet.events.seal-key"));
        } else if (event.data() instanceof ActivityCompletedV1 legacy) {
            completed = legacy.current();
            personInCharge = legacy.personInCharge();
        } else {
            return;
        }
        for (ActivityCompleted.Participant participant : completed.participants()) {
            Volunteer volunteer = Volunteer.findById(participant.volunteerId(), LockModeType.PESSIMISTIC_WRITE);
            if (volunteer == null) {
                LOG.warnf("ActivityCompleted %s names volunteer %s, who is not registered here: no record made",
                        event.id(), participant.volunteerId());
                continue;
            }
            if (ServiceRecord.count("volunteerId = ?1 and occurrenceId = ?2", volunteer.id, completed.occurrenceId()) > 0) {
                continue; // a second completion of the same occurrence does not certify twice
            }
            ServiceRecord record = new ServiceRecord();
            record.id = UUID.randomUUID();
            record.volunteerId = volunteer.id;
            record.occurrenceId = completed.occurrenceId();
            record.activityId = completed.activityId();
            record.activityName = completed.activityName();
            record.date = completed.date();
            record.place = completed.place();
            record.content = completed.content();
            record.serviceCategory = completed.serviceCategory();
            BigDecimal certified = DailyHours.capped(participant.hours(), ServiceRecord.hoursOn(volunteer.id, completed.date(), null));
            if (certified.compareTo(participant.hours()) < 0) {
                LOG.warnf("ActivityCompleted %s: volunteer %s would pass 24 verified hours on %s; %s h certified of %s h",
                        event.id(), volunteer.id, completed.date(), certified, participant.hours());
                record.hoursCappedFrom = participant.hours();
            }
            record.hours = certified;
            record.hoursReason = participant.hoursReason();
            record.organizingUnit = completed.organizingUnit();
            record.personInCharge = personInCharge;
            record.recordedBy = completed.recordedBy();
            record.district = completed.district();
            record.brandId = completed.brandId();
            record.groupId = completed.groupId();
            record.createdAt = NetworkClock.now();
            record.persist();
            outbox.publish(new ServiceRecordCreated(record.id, volunteer.id, record.district, record.activityId,
                    record.occurrenceId, record.activityName, record.date, record.serviceCategory, record.hours,
                    record.organizingUnit, record.brandId, record.groupId, record.createdAt, record.hoursReason,
                    record.hoursCappedFrom));
            stars.recount(volunteer);
        }
    }
}
