package org.volunteernet.activity.certification.domain;

import java.math.BigDecimal;

/**
 * Why the hours certified for a participant differ from the hours recorded at completion. The labels documents
 * print are common's {@code Vocabulary.CERTIFIED_DIFFERENCE}.
 */
public enum CertifiedDifference {

    /** volunteer-service certified fewer hours so that the volunteer's verified hours of that day stay within 24. */
    DAILY_LIMIT,

    /** An accepted correction amended the record. */
    CORRECTED;

    /**
     * The reason {@code certified} differs from {@code recorded}: CORRECTED once a correction was applied, else
     * DAILY_LIMIT when the creation capped them; null when they are equal, or either is not known.
     */
    public static CertifiedDifference of(BigDecimal recorded, BigDecimal certified, BigDecimal cappedFrom, boolean corrected) {
        if (recorded == null || certified == null || recorded.compareTo(certified) == 0) {
            return null;
        }
        if (corrected) {
            return CORRECTED;
        }
        return cappedFrom != null ? DAILY_LIMIT : null;
    }
}
