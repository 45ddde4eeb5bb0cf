package org.volunteernet.volunteer.star.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StarLevel")
public record StarView(
        @Schema(description = "0 to 5 stars") int level,
        @Schema(description = "Sum of the hours of the volunteer's service records") BigDecimal verifiedHours,
        @Schema(description = "Null at the top level") Integer nextLevel,
        @Schema(description = "Hours still needed for the next level; null at the top level") BigDecimal hoursToNextLevel,
        @Schema(description = "Hours needed for 1, 2, ... stars in this city") List<BigDecimal> thresholds) {
}
