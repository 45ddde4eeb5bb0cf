package org.volunteernet.reporting.district.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A district's year: is volunteering there a habit or a March campaign? */
@Schema(name = "DistrictReport")
public record DistrictReport(
        @Schema(description = "GB/T 2260 code", example = "230110") String district,
        @Schema(description = "GB/T 2260 name of the district; null for a code the service does not list", example = "香坊区",
                nullable = true) String districtName,
        @Schema(example = "2026") int year,
        @Schema(description = "Volunteers registered in the district by the end of the year") long registeredVolunteers,
        @Schema(description = "Of those, registered during the year") long newRegistrations,
        @Schema(description = "Twelve months, January first") List<Month> months,
        @Schema(description = "Share of the year's hours and deeds in March and April; an even year gives 2/12") Share marchAprilShare,
        @Schema(description = "How many volunteers were active in 1, 2, ... 12 months of the year") Map<String, Long> monthsActiveDistribution,
        @Schema(description = "Volunteers first active in March, and how many of them were active again from May on") Retention marchRetention,
        @Schema(description = "Volunteers of the district by star level reached") Map<String, Long> starLevels,
        @Schema(description = "Brands of the district by hours in the year, most first (five at most)") List<BrandHours> topBrands,
        @Schema(description = "Occurrences of the district that ended in the year and are overdue: past their deadline of "
                + "10 working days (Decree 67 Art. 11) and neither recorded nor cancelled. The same definition as the items "
                + "with missed: true of activity-service's GET /occurrences/overdue; a late recording takes one out again")
        long overdueRecords) {

    @Schema(name = "DistrictMonth")
    public record Month(int month, BigDecimal hours, long activeVolunteers, long deedsSelfReported, long deedsWitnessed,
            long newRegistrations) {
    }

    @Schema(name = "MarchAprilShare")
    public record Share(BigDecimal hours, BigDecimal deeds) {
    }

    @Schema(name = "MarchRetention")
    public record Retention(long firstActiveInMarch, long activeFromMayOn, BigDecimal share) {
    }

    @Schema(name = "BrandHours")
    public record BrandHours(UUID brandId, String name, BigDecimal hours) {
    }
}
