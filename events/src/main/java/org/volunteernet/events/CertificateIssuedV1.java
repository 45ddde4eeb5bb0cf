package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Version 1 of CertificateIssued ({@code org.volunteernet.CertificateIssued.v1}), superseded by
 * {@link CertificateIssued} (v2): it carried the public {@code verificationCode}, which the public
 * verification call turns into the volunteer's masked name and volunteer number, next to the
 * volunteer's id. Kept readable for the v1 events already on the topic; volunteer-service publishes it
 * instead of v2 only while {@code volunteernet.events.legacy-versions=true} (a rolling upgrade).
 */
@Deprecated
public record CertificateIssuedV1(
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

    /** The same issue as a v2 event, without the code. */
    public CertificateIssued current() {
        return new CertificateIssued(certificateId, volunteerId, district, hours, issuedAt);
    }
}
