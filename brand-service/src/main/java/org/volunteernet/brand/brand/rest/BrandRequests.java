package org.volunteernet.brand.brand.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.brand.brand.service.BrandCommands;
import org.volunteernet.common.validation.PlainText;

/** Request bodies of the brand calls. */
public final class BrandRequests {

    private BrandRequests() {
    }

    @Schema(name = "BrandRequest")
    public record NewBrand(
            @NotBlank @Size(max = 100) @PlainText @Schema(example = "Volunteer Service Saturday") String name,
            @Size(max = 200) @PlainText @Schema(example = "Every Saturday, a good deed") String slogan,
            @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 district code")
            @Schema(example = "230110") String district,
            @Size(max = 4000) String description,
            @NotNull @Schema(description = "The founding exemplary volunteer, registered in the district") UUID founderVolunteerId) {

        public BrandCommands.FoundBrand toCommand() {
            return new BrandCommands.FoundBrand(name, slogan, district, description, founderVolunteerId);
        }
    }

    @Schema(name = "LeaderRequest")
    public record NewLeader(@NotNull UUID volunteerId) {
    }

    @Schema(name = "GroupRequest")
    public record NewGroup(
            @NotBlank @Size(max = 100) @PlainText @Schema(example = "Riverside Guardians") String name,
            @NotNull UUID leaderVolunteerId) {

        public BrandCommands.FormGroup toCommand() {
            return new BrandCommands.FormGroup(name, leaderVolunteerId);
        }
    }

    @Schema(name = "OrganizationRequest")
    public record NewOrganization(
            @NotBlank @Size(max = 200) @PlainText @Schema(example = "Xiangfang Red Cross Volunteers") String name,
            @Size(max = 200) @PlainText String contact) {

        public BrandCommands.JoinOrganization toCommand() {
            return new BrandCommands.JoinOrganization(name, contact);
        }
    }
}
