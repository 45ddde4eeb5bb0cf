package org.volunteernet.reporting.city.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every district side by side for one year. */
@Schema(name = "CityReport")
public record CityReport(int year, List<District> districts) {

    @Schema(name = "CityDistrict")
    public record District(String district, long registeredVolunteers, BigDecimal hours, long deeds,
            @Schema(description = "Highest number of volunteers active in one month") long peakActiveVolunteers,
            @Schema(description = "Share of the year's hours in March and April; an even year gives 2/12") BigDecimal marchAprilHoursShare,
            long overdueRecords) {
    }
}
