package org.volunteernet.common.document;

import java.util.List;
import java.util.Locale;

/**
 * The languages documents are written in: Simplified Chinese by default (the city's own language),
 * English when the client prefers it. Chosen from {@code Accept-Language} in the client's order of
 * preference (q-values), the first of zh or en wins; anything else, or no header, gives Chinese.
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

    /** Picks the text for this language. */
    public String pick(String chinese, String english) {
        return this == ZH ? chinese : english;
    }
}
