package org.volunteernet.brand.group.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.common.validation.PlainText;

@Schema(name = "MembershipDecision")
public record ApprovalRequest(@NotNull Boolean approved, @NotBlank @Size(max = 500) @PlainText String reason) {
}
