package org.volunteernet.common.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours as every document for people writes them: with exactly {@value #DECIMALS} decimals ({@code 3.00},
 * {@code 6.50}), whatever scale the number arrived with, so that a certificate, a roster CSV, a sign-in sheet and a
 * report export show the same hours alike (the XLSX roster shows its number cells with the format {@code 0.00}; the
 * reports' JSON carries hours with 2 decimals). Decree 67 records actual service hours; the network stores them with
 * 2 decimals ({@code NUMERIC(.., 2)}, at most 2 decimals accepted), so the rounding (half up) never changes a stored
 * value.
 */
public final class HoursText {

    /** Decimals of hours in documents. */
    public static final int DECIMALS = 2;

    private HoursText() {
    }

    /** The hours with {@value #DECIMALS} decimals, plain (never {@code 3E+1}); {@code null} stays {@code null}. */
    public static String of(BigDecimal hours) {
        return hours == null ? null : hours.setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }
}
