package org.volunteernet.reporting.export.domain;

import org.volunteernet.common.document.DocumentLanguage;

/**
 * One figure of a report as one CSV row: a stable {@code code} (the JSON report's field path, e.g.
 * {@code months.hours}), its label in Chinese and English, the month (1-12) when it is a monthly figure, the item
 * (e.g. a star level, a brand's name, a number of months active) when the figure has several, and the value as
 * written (hours with 2 decimals, shares as fractions with 4 decimals, counts as integers).
 */
public record Figure(String code, String labelZh, String labelEn, Integer month, String item, Object value) {

    public static Figure of(String code, String zh, String en, Object value) {
        return new Figure(code, zh, en, null, null, value);
    }

    public static Figure monthly(String code, String zh, String en, int month, Object value) {
        return new Figure(code, zh, en, month, null, value);
    }

    public static Figure item(String code, String zh, String en, String item, Object value) {
        return new Figure(code, zh, en, null, item, value);
    }

    public String label(DocumentLanguage language) {
        return language.pick(labelZh, labelEn);
    }
}
