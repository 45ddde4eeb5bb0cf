package org.volunteernet.volunteer.record.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rules of a volunteer's certified hours per calendar day and of a correction's date. Pure: the
 * caller passes the other records' hours and today's date (network zone).
 *
 * <ul>
 * <li>One volunteer's verified hours over one calendar day (network zone) never exceed
 * {@link #DAY} (24 h), across all records and accepted corrections.</li>
 * <li>A correction's date lies between a year before the record's date and today, both inclusive.</li>
 * </ul>
 */
public final class DailyHours {

    /** 24 hours, in hours with two decimals as records hold them. */
    public static final BigDecimal DAY = new BigDecimal("24.00");

    private DailyHours() {
    }

    /** The hours left on a day whose other records already certify {@code others} (never negative). */
    public static BigDecimal left(BigDecimal others) {
        BigDecimal left = DAY.subtract(others);
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
    }

    /**
     * The hours a new record may certify: {@code requested}, or what is left of the day when less
     * (a completed activity is recorded capped rather than refused, since the organizer's event cannot be
     * sent back; the record keeps the requested hours in {@code hoursCappedFrom}).
     */
    public static BigDecimal capped(BigDecimal requested, BigDecimal others) {
        BigDecimal left = left(others);
        return requested.compareTo(left) > 0 ? left : requested;
    }

    /** Whether {@code hours} fit on a day whose other records certify {@code others}. */
    public static boolean fits(BigDecimal hours, BigDecimal others) {
        return others.add(hours).compareTo(DAY) <= 0;
    }

    /** Whether a correction may move a record dated {@code recordDate} to {@code proposed}, given {@code today}. */
    public static boolean correctionDateAllowed(LocalDate recordDate, LocalDate proposed, LocalDate today) {
        return !proposed.isBefore(recordDate.minusYears(1)) && !proposed.isAfter(today);
    }
}
