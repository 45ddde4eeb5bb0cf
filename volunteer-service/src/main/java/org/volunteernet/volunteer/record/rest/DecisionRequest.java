package org.volunteernet.volunteer.record.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.record.service.DecideCorrection;

@Schema(name = "CorrectionDecision")
public record DecisionRequest(
        @NotNull @Schema(description = "true amends the record; false keeps it as it is") Boolean accepted,
        @NotBlank @Size(max = 1000) String reason) {

    public DecideCorrection toCommand() {
        return new DecideCorrection(accepted, reason);
    }
}
