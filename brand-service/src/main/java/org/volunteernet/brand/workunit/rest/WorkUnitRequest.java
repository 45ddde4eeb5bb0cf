package org.volunteernet.brand.workunit.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.brand.workunit.domain.WorkUnitKind;
import org.volunteernet.brand.workunit.service.RegisterWorkUnit;
import org.volunteernet.common.validation.PlainText;

@Schema(name = "WorkUnitRequest")
public record WorkUnitRequest(
        @NotBlank @Size(max = 200) @PlainText @Schema(example = "Harbin Bus Company No. 3 Depot") String name,
        @NotNull WorkUnitKind kind,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code") String district) {

    public RegisterWorkUnit toCommand() {
        return new RegisterWorkUnit(name, kind, district);
    }
}
