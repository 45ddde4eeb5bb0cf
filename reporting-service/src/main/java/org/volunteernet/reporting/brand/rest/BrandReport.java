package org.volunteernet.reporting.brand.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A brand's year: does it shape groups that keep meeting, week after week? */
@Schema(name = "BrandReport")
public record BrandReport(
        UUID brandId,
        @Schema(example = "Volunteer Service Saturday") String name,
        @Schema(description = "GB/T 2260 code", example = "230110") String district,
        @Schema(description = "GB/T 2260 name of the district; null for a code the service does not list", example = "香坊区",
                nullable = true) String districtName,
        @Schema(example = "2026") int year,
        @Schema(description = "Members of the brand's groups now, and how many joined and left during the year") Members members,
        @Schema(description = "The brand's groups with their current members") List<Group> groups,
        @Schema(description = "Member organizations") List<Organization> organizations,
        @Schema(description = "Occurrences of the brand's activities due in the year so far and those that took place") Occurrences occurrences,
        @Schema(description = "Verified service hours under the brand in the year") BigDecimal hours,
        @Schema(description = "Twelve months, January first") List<Month> months) {

    @Schema(name = "BrandMembers")
    public record Members(long current, long joinedThisYear, long leftThisYear) {
    }

    @Schema(name = "BrandGroup")
    public record Group(UUID groupId, String name, long members) {
    }

    @Schema(name = "BrandOrganization")
    public record Organization(UUID organizationId, String name) {
    }

    @Schema(name = "BrandOccurrences")
    public record Occurrences(
            @Schema(description = "Activities scheduled under the brand (a recurring one counts once)") long activities,
            @Schema(description = "Occurrences whose start fell in the year and is past, cancelled ones included") long due,
            @Schema(description = "Occurrences recorded as completed in the year") long held,
            @Schema(description = "held / due, at most 1; null when nothing was due") BigDecimal regularity,
            @Schema(description = "Volunteers recorded at the occurrences held, counted per occurrence") long participations) {
    }

    @Schema(name = "BrandMonth")
    public record Month(int month, BigDecimal hours, long occurrencesHeld, long joined, long left) {
    }
}
