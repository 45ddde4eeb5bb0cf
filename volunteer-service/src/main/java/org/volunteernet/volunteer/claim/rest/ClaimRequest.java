package org.volunteernet.volunteer.claim.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The claim code the district office handed over. */
@Schema(name = "ClaimRequest")
public record ClaimRequest(@NotNull @Size(max = 40) @Schema(example = "K7Q2-M9XA-4TPE") String code) {
}
