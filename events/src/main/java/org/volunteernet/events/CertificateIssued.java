package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A certificate of volunteer service was issued (free of charge, Decree 67 Art. 14). */
public record CertificateIssued(
        UUID certificateId,
        UUID volunteerId,
        String district,
        String verificationCode,
        BigDecimal hours,
        Instant issuedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }
}
