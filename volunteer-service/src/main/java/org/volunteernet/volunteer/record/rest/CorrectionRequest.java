package org.volunteernet.volunteer.record.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.record.service.ReportRecordError;

/** A volunteer's report of an error in a service record: the right hours and/or date, and why. */
@Schema(name = "CorrectionRequest")
public record CorrectionRequest(
        @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(example = "3.0", description = "Hours; the volunteer's verified hours of the record's day stay within 24 "
                + "(else 422 naming hours)") BigDecimal hours,
        @Schema(description = "Between a year before the record's date and today, network zone (else 400 naming date); "
                + "the day it moves to keeps within 24 verified hours (else 422)") LocalDate date,
        @NotBlank @Size(max = 1000) @Schema(example = "I stayed until the end at 12:00") String reason) {

    public ReportRecordError toCommand() {
        return new ReportRecordError(hours, date, reason);
    }
}
