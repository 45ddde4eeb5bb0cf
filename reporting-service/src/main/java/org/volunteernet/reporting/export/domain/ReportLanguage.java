package org.volunteernet.reporting.export.domain;

import java.util.Locale;

/**
 * The language of a chart or export: Chinese (zh-CN) unless the caller's {@code Accept-Language} prefers English.
 * Only {@code zh*} and {@code en*} are told apart; anything else, or no header, gives Chinese.
 */
public enum ReportLanguage {
    ZH, EN;

    /**
     * Reads an {@code Accept-Language} header (RFC 9110 §12.5.4): the language range with the highest q-value that
     * is Chinese or English wins; on equal q-values the first listed. Malformed entries are passed over, never an
     * error.
     *
     * @param header the header's value, may be null
     */
    public static ReportLanguage fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        ReportLanguage best = ZH;
        double bestQ = -1;
        for (String entry : header.split(",")) {
            String[] parts = entry.strip().split(";", -1);
            String range = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].strip().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ReportLanguage language = range.equals("en") || range.startsWith("en-") ? EN
                    : range.equals("zh") || range.startsWith("zh-") ? ZH : null;
            if (language != null && q > 0 && q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return best;
    }

    /** The text in this language. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
