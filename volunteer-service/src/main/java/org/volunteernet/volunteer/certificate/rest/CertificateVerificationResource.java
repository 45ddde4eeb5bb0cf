package org.volunteernet.volunteer.certificate.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.volunteernet.common.ratelimit.RateLimited;
import org.volunteernet.volunteer.certificate.service.CertificateService;
import org.volunteernet.volunteer.certificate.service.CertificateSigning;

@Path("/api/v1/certificates")
@Tag(name = "Certificates")
public class CertificateVerificationResource {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateSigning signing;

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate", description = "Open to anyone: whether the code belongs to a genuine "
            + "certificate, and what it states, with the volunteer's name and volunteer number masked (L* M***, V230110******12); "
            + "and whether that still holds: when a correction of one of its records was accepted after issue, status "
            + "RECORDS_CORRECTED (已有记录更正), recordsCorrectedSince true, correctedAt, and currentHours, the hours the same "
            + "records certify now (valid stays true: the certificate is genuine, its figure is not current). Else status "
            + "VALID, currentHours equal to hours.")
    @RateLimited("public-verification")
    public CertificateVerification verify(@PathParam("code") @Size(max = 40)
            @Pattern(regexp = CertificateCodes.SHAPE, message = "is not a certificate verification code") String code) {
        return certificates.verify(code);
    }

    @GET
    @Path("/signing-certificate")
    @Produces("application/x-pem-file")
    @PermitAll
    @Operation(operationId = "getCertificateSigningCertificate", summary = "The certificate that signs certificate PDFs", description = "Open to anyone: the X.509 "
            + "chain (PEM, signer first) whose key signs every certificate PDF, so that a reader can trust it and "
            + "check certificates offline. Outside production it is a throw-away LOCAL DEVELOPMENT ONLY certificate.")
    @APIResponse(responseCode = "200", description = "PEM certificates",
            content = @Content(mediaType = "application/x-pem-file", schema = @Schema(type = SchemaType.STRING)))
    public String signingCertificate() {
        return signing.certificatesPem();
    }
}
