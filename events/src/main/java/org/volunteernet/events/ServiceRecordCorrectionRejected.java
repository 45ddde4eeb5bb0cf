package org.volunteernet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The organizer or the district office rejected a volunteer's reported error in a service record
 * (Decree 67 Art. 13: the record stands; the decision and its reason are kept with the correction,
 * which the volunteer reads through the API). Carries no reason text, which may name people.
 */
public record ServiceRecordCorrectionRejected(
        UUID recordId,
        UUID correctionId,
        UUID volunteerId,
        String district,
        Instant rejectedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
