package org.volunteernet.volunteer.certificate.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What anyone holding a code may learn: the certificate is genuine, and what it states, with the volunteer's name
 * and volunteer number masked (first letter of each word of the name; the number's V, district and last 2 digits);
 * and whether what it states still holds: a correction accepted since it was issued may have changed the hours or
 * dates of records it certifies (then the hours those records certify now, never which record or why).
 */
@Schema(name = "CertificateVerification")
public record CertificateVerification(String verificationCode,
        @Schema(description = "true: the network issued a certificate under this code (证明真实). Whether what it "
                + "states still holds is status") boolean valid,
        @Schema(example = "L* M***", description = "Masked: the first letter of each word") String volunteerName,
        @Schema(example = "V230110******12", description = "Masked: V, the district code and the last 2 digits")
        String volunteerNumber,
        @Schema(description = "The hours the certificate states, as issued (证明所载时长)") BigDecimal hours,
        String content, List<String> recordingUnits, Instant issuedAt,
        @Schema(description = "VALID (有效): the records it certifies are as issued. RECORDS_CORRECTED (已有记录更正): "
                + "a correction accepted after issue changed the hours or date of at least one of them; the "
                + "certificate is genuine but states what no longer holds: rely on currentHours, or ask the volunteer "
                + "for a new certificate") CertificateStatus status,
        @Schema(description = "true when a correction of one of its records was accepted after issue (出具后记录已更正)")
        boolean recordsCorrectedSince,
        @Schema(description = "When the latest such correction was accepted (更正时间); null when none")
        Instant correctedAt,
        @Schema(description = "The hours the same records certify now (现认定时长), decimal hours; equal to hours "
                + "unless a correction changed them") BigDecimal currentHours) {

    /** Whether what a genuine certificate states still holds. */
    public enum CertificateStatus {
        /** The records it certifies are as issued. */
        VALID,
        /** A correction accepted after issue changed at least one of its records. */
        RECORDS_CORRECTED
    }
}
