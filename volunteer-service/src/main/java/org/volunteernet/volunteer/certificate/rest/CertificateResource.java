package org.volunteernet.volunteer.certificate.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import jakarta.ws.rs.core.UriInfo;
import org.volunteernet.common.rest.Created;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.ratelimit.RateLimited;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.rest.Attachments;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.certificate.domain.Certificate;
import org.volunteernet.volunteer.certificate.service.CertificateService;

@Path("/api/v1/volunteers/{volunteerId}/certificates")
@Tag(name = "Certificates")
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentUser caller;

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "issueCertificate", summary = "Issue a certificate of service", description = "Free and repeatable; certifies all service "
            + "records or the chosen ones. For the volunteer and the office of their district (volunteers without an "
            + "app). Returns the verification code and the PDF link. Publishes CertificateIssued.")
    @APIResponse(responseCode = "403", description = "A role that never asks for certificates")
    @APIResponse(responseCode = "404", description = "No such volunteer, or one the caller may not see (another volunteer, "
            + "another district's office): the same answer")
    @APIResponse(responseCode = "422", description = "No service records yet, or a text the certificate states (errors "
            + "name it: name, volunteerNumber, activityName, organizingUnit) has a character no certificate font can "
            + "print, e.g. 𰀀 (U+30000, CJK Extension G): a certificate is exact or not issued. Rare characters of "
            + "Extension A-F such as 𠀀 (U+20000) print from the fallback font")
    @APIResponse(responseCode = "409", description = "A record to certify has a correction waiting for a decision (its "
            + "hours or date are disputed): errors name recordIds, the message lists the disputed records' ids. Decide "
            + "the correction first (POST /corrections/{id}/decision), or name the other records in recordIds",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @RateLimited("certificate-issue")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CertificateView.class)))
    public Response issue(@PathParam("volunteerId") UUID volunteerId, @Valid IssueRequest request, @Context UriInfo uri) {
        Certificate certificate = certificates.issue(volunteerId, request == null ? null : request.recordIds(), caller);
        CertificateView view = CertificateView.of(certificate);
        return Created.below(uri, view, view.verificationCode(), "pdf");
    }

    @GET
    @Path("/{code}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "downloadCertificatePdf", summary = "Download a certificate as PDF", description = "For the volunteer it was issued to and the "
            + "office of their district. "
            + "志愿服务记录证明 in Chinese by default, in English with Accept-Language: en (Content-Language says "
            + "which). States name, volunteer number, hours, service content, recording units and dates (Decree 67 "
            + "Art. 15), carries a QR code of the public verification URL and a PDF signature that readers check "
            + "offline; the CJK font is embedded.")
    @APIResponse(responseCode = "200", description = "The signed PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No certificate with this code for this volunteer, or a volunteer "
            + "the caller may not see (another volunteer, another district's office)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @RateLimited("certificate-pdf")
    public Response pdf(@PathParam("volunteerId") UUID volunteerId, @PathParam("code") @Size(max = 40)
            @Pattern(regexp = CertificateCodes.SHAPE, message = "is not a certificate verification code") String code,
            @Context HttpHeaders headers) {
        DocumentLanguage language = DocumentLanguage.negotiate(headers.getAcceptableLanguages());
        return Response.ok(certificates.pdf(volunteerId, code, language, caller))
                .header("Content-Language", language.tag())
                .header("Vary", "Accept-Language")
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition("certificate-" + code + "-" + language.tag() + ".pdf",
                        language.pick("志愿服务记录证明-" + code, "certificate-" + code + "-" + language.tag()) + ".pdf")).build();
    }
}
