package org.volunteernet.volunteer.certificate.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What anyone holding a code may learn: the certificate is genuine, and what it states, with the volunteer's name
 * and volunteer number masked (first letter of each word of the name; the number's V, district and last 2 digits).
 */
@Schema(name = "CertificateVerification")
public record CertificateVerification(String verificationCode, boolean valid,
        @Schema(example = "L* M***", description = "Masked: the first letter of each word") String volunteerName,
        @Schema(example = "V230110******12", description = "Masked: V, the district code and the last 2 digits")
        String volunteerNumber, BigDecimal hours, String content,
        List<String> recordingUnits, Instant issuedAt) {
}
