package org.volunteernet.activity.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.volunteernet.activity.certification.domain.CertifiedRecord;
import org.volunteernet.common.inbox.Inbox;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCreated;

/**
 * Keeps {@link CertifiedRecord}, the hours volunteer-service certified per participant, for the roster: a
 * ServiceRecordCreated names the occurrence and the certified hours (and {@code hoursCappedFrom} when the 24-hours-a-day
 * rule capped them); a ServiceRecordCorrected, which names only the record, sets the corrected hours on the record that
 * creation stored. Each event applied once (inbox, consumer {@value #CONSUMER}).
 *
 * <p>Both events are keyed by volunteer on one topic, so a record's creation comes before its corrections. Should a
 * correction come first anyway, its hours are kept on a record without occurrence, and the creation, when it comes,
 * fills in the occurrence and the cap but leaves the corrected hours. A correction decided before the one already
 * applied (redelivered out of order) changes nothing.
 */
@ApplicationScoped
public class CertifiedHoursProjection {

    static final String CONSUMER = "activity.certified-hours";
    /** The event types it acts on; the consumer passes over the rest without a transaction. */
    public static final Set<Class<? extends DomainEvent>> WANTED = Set.of(ServiceRecordCreated.class, ServiceRecordCorrected.class);

    @Inject
    Inbox inbox;

    /** A poll's events of the wanted types, in partition order, in one transaction; each applied once (inbox). */
    @Transactional
    public void applyAll(List<ReceivedEvent> events) {
        inbox.receiveAll(CONSUMER, events).forEach(this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.data() instanceof ServiceRecordCreated created) {
            created(created);
        } else if (event.data() instanceof ServiceRecordCorrected corrected) {
            corrected(corrected);
        }
    }

    private void created(ServiceRecordCreated created) {
        CertifiedRecord record = CertifiedRecord.findById(created.recordId());
        if (record == null) {
            record = new CertifiedRecord();
            record.recordId = created.recordId();
            record.volunteerId = created.volunteerId();
            record.hours = created.hours();
            record.persist();
        } else if (record.correctionId == null) {
            record.hours = created.hours();
        } // else a correction came first: its hours are the later word
        record.occurrenceId = created.occurrenceId();
        record.hoursCappedFrom = created.hoursCappedFrom();
        record.createdAt = created.createdAt();
    }

    private void corrected(ServiceRecordCorrected corrected) {
        CertifiedRecord record = CertifiedRecord.findById(corrected.recordId());
        if (record != null && record.correctedAt != null && corrected.correctedAt().isBefore(record.correctedAt)) {
            return;
        }
        if (record == null) {
            record = new CertifiedRecord();
            record.recordId = corrected.recordId();
            record.volunteerId = corrected.volunteerId();
        }
        record.hours = corrected.hours();
        record.correctionId = corrected.correctionId();
        record.correctedAt = corrected.correctedAt();
        record.persist(); // new: waits for its creation; known: already managed, persist changes nothing
    }
}
