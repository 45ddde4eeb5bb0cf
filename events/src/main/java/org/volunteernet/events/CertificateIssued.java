package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A certificate of volunteer service was issued (free of charge, Decree 67 Art. 14);
 * {@code org.volunteernet.CertificateIssued.v2}. Unlike v1 ({@link CertificateIssuedV1}) it carries no
 * verification code: the code is a key to the public verification call, which answers the volunteer's
 * masked name and number, so it stays with the volunteer and their certificate.
 */
public record CertificateIssued(
        UUID certificateId,
        UUID volunteerId,
        String district,
        BigDecimal hours,
        Instant issuedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return volunteerId.toString();
    }

    /** The v1 form, published instead of this one only while {@code volunteernet.events.legacy-versions=true}. */
    public CertificateIssuedV1 legacy(String verificationCode) {
        return new CertificateIssuedV1(certificateId, volunteerId, district, verificationCode, hours, issuedAt);
    }
}
