package org.volunteernet.reporting.workunit.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A work unit's year: good work at ordinary posts, and its people's volunteering, side by side but
 * never added together (post deeds are not volunteer hours).
 */
@Schema(name = "WorkUnitReport")
public record WorkUnitReport(
        UUID workUnitId,
        @Schema(example = "Harbin Bus Company No. 3 Depot") String name,
        @Schema(example = "ENTERPRISE") String kind,
        @Schema(description = "GB/T 2260 code", example = "230110") String district,
        @Schema(description = "GB/T 2260 name of the district; null for a code the service does not list", example = "香坊区",
                nullable = true) String districtName,
        @Schema(example = "2026") int year,
        @Schema(description = "Volunteers whose profile names this unit now") long members,
        @Schema(description = "Deeds recorded at the post during the year") long postDeeds,
        @Schema(description = "Minutes of those post deeds") long postMinutes,
        @Schema(description = "Verified volunteer service hours of the year served while the volunteer belonged to the unit "
                + "(from the day they named it until the day they left or moved)") BigDecimal volunteerHours,
        @Schema(description = "Volunteers with verified service hours counted for the unit in the year (former members "
                + "included)") long membersVolunteering,
        @Schema(description = "Twelve months, January first") List<Month> months) {

    @Schema(name = "WorkUnitMonth")
    public record Month(int month, long postDeeds, long postMinutes, BigDecimal volunteerHours, long membersVolunteering) {
    }
}
