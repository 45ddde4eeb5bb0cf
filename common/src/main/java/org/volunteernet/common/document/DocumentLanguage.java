package org.volunteernet.common.document;

import java.util.List;
import java.util.Locale;

/**
 * The languages documents are written in: Simplified Chinese by default (the city's own language),
 * English when the client prefers it. Chosen from {@code Accept-Language} in the client's order of
 * preference (q-values), the first of zh or en wins; anything else, or no header, gives Chinese.
 * The one negotiation of the network: certificates, rosters, report exports and charts use it, and
 * error answers ({@code ProblemLanguage}) follow it.
 */
public enum DocumentLanguage {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
    EN(Locale.ENGLISH, "en");

    private final Locale locale;
    private final String tag;

    DocumentLanguage(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag for {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /** From the acceptable languages, most preferred first (JAX-RS {@code HttpHeaders#getAcceptableLanguages}). */
    public static DocumentLanguage negotiate(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                String language = locale.getLanguage();
                if ("zh".equals(language)) {
                    return ZH;
                }
                if ("en".equals(language)) {
                    return EN;
                }
            }
        }
        return ZH;
    }

    /**
     * From a raw {@code Accept-Language} header (RFC 9110 §12.5.4), for callers that read the header
     * themselves: the range with the highest q-value that is Chinese or English wins; on equal
     * q-values the first listed. Malformed entries are passed over, never an error; no zh or en, or
     * no header, gives Chinese.
     *
     * @param header the header's value, may be null
     */
    public static DocumentLanguage fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        DocumentLanguage best = ZH;
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
            DocumentLanguage language = range.equals("en") || range.startsWith("en-") ? EN
                    : range.equals("zh") || range.startsWith("zh-") ? ZH : null;
            if (language != null && q > 0 && q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return best;
    }

    /** Picks the text for this language. */
    public String pick(String chinese, String english) {
        return this == ZH ? chinese : english;
    }
}
