package org.volunteernet.activity.completion.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.common.validation.PlainText;

/** Closing an occurrence that took place but that nobody attended. */
@Schema(name = "HeldWithNobodyRequest")
public record HeldWithNobodyRequest(
        @NotBlank @Size(max = 500) @PlainText
        @Schema(description = "What happened, kept with the occurrence", example = "Rain; the organizers waited an hour, nobody came")
        String note) {
}
