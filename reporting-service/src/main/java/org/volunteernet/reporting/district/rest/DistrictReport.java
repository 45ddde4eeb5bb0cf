package org.volunteernet.reporting.district.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A district's figures for one year. More figures join as the projections grow. */
@Schema(name = "DistrictReport")
public record DistrictReport(
        @Schema(example = "230110") String district,
        @Schema(example = "2026") int year,
        @Schema(description = "Volunteers registered in the district by the end of the year") long registeredVolunteers,
        @Schema(description = "Of those, registered during the year") long newRegistrations) {
}
