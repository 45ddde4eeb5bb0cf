package org.volunteernet.volunteer.certificate.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.certificate.domain.Certificate;

@Schema(name = "Certificate")
public record CertificateView(UUID id, String verificationCode, BigDecimal hours, String content,
        List<String> recordingUnits, List<UUID> recordIds, Instant issuedAt,
        @Schema(description = "Where the volunteer downloads the PDF") String pdf) {

    public static CertificateView of(Certificate c) {
        return new CertificateView(c.id, c.verificationCode, c.hours, c.content, c.recordingUnits, c.recordIds, c.issuedAt,
                "/api/v1/volunteers/" + c.volunteerId + "/certificates/" + c.verificationCode + "/pdf");
    }
}
