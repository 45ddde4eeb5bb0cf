package org.volunteernet.volunteer.record.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A volunteer's report of an error in one of their service records (Decree 67 Art. 13), entered by the volunteer
 * or, on their behalf, by the office of their district.
 *
 * @param hours the right hours, or null to keep them
 * @param date the right date, or null to keep it
 * @param reason why, as the volunteer gave it
 */
public record ReportRecordError(BigDecimal hours, LocalDate date, String reason) {
}
