package org.volunteernet.volunteer.record.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.common.validation.ServiceHours;
import org.volunteernet.volunteer.record.service.ReportRecordError;

/** A volunteer's report of an error in a service record: the right hours and/or date, and why. */
@Schema(name = "CorrectionRequest")
public record CorrectionRequest(
        @ServiceHours
        @Schema(example = "3.0", minimum = "0", exclusiveMinimum = true, maximum = "24",
                description = "Hours, the same rule as a completion's: more than 0, at most 24, at most 2 decimals (else 400 "
                + "naming hours); the volunteer's verified hours of the record's day stay within 24 (else 422 naming hours)")
        BigDecimal hours,
        @Schema(description = "Between a year before the record's date and today, network zone (else 400 naming date); "
                + "the day it moves to keeps within 24 verified hours (else 422)") LocalDate date,
        @NotBlank @Size(max = 1000) @Schema(example = "I stayed until the end at 12:00") String reason) {

    public ReportRecordError toCommand() {
        return new ReportRecordError(hours, date, reason);
    }
}
