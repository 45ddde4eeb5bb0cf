package org.volunteernet.volunteer.certificate.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificateRequest")
public record IssueRequest(
        @Size(max = 1000) @Schema(description = "Service records to certify; all of them when left out")
        List<@NotNull UUID> recordIds) {
}
