package org.volunteernet.volunteer.certificate.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a certificate covers: {@code recordIds} left out certifies all the volunteer's service records; a list
 * names 1 to 1000 of them. An empty list is refused (400 naming {@code recordIds}), so a client whose filter
 * selected nothing never gets a certificate of everything.
 */
@Schema(name = "CertificateRequest")
public record IssueRequest(
        @Size(min = 1, max = 1000, message = EMPTY_OR_LONG)
        @Schema(description = "Service records to certify, 1 to 1000 of them; all of them when the field is left out. "
                + "An empty list is refused (400 naming recordIds), never read as all.")
        List<@NotNull UUID> recordIds) {

    /** The field message when the list is empty or longer than 1000. */
    public static final String EMPTY_OR_LONG =
            "must name 1 to 1000 service records; leave the field out to certify all of them";
}
