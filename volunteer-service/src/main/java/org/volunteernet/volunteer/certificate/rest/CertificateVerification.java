package org.volunteernet.volunteer.certificate.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What anyone holding a code may learn: the certificate is genuine, and what it states, name masked. */
@Schema(name = "CertificateVerification")
public record CertificateVerification(String verificationCode, boolean valid,
        @Schema(example = "L* M***") String volunteerName, String volunteerNumber, BigDecimal hours, String content,
        List<String> recordingUnits, Instant issuedAt) {
}
