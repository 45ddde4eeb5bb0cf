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
import org.volunteernet.common.ratelimit.RateLimited;
import org.volunteernet.volunteer.certificate.service.CertificateService;

@Path("/api/v1/certificates")
@Tag(name = "Certificates")
public class CertificateVerificationResource {

    @Inject
    CertificateService certificates;

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Verify a certificate", description = "Open to anyone: whether the code belongs to a genuine "
            + "certificate, and what it states, with the volunteer's name masked.")
    @RateLimited("public-verification")
    public CertificateVerification verify(@PathParam("code") @Size(max = 40)
            @Pattern(regexp = CertificateCodes.SHAPE, message = "is not a certificate verification code") String code) {
        return certificates.verify(code);
    }
}
