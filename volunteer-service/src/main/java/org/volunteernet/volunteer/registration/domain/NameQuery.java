package org.volunteernet.volunteer.registration.domain;

import java.text.Normalizer;

/**
 * The {@code name} filter of the volunteer search: a part of a real name (Chinese or any script), matched
 * as a case-insensitive substring of the registered name. The input is NFC-normalised, as names are at
 * registration ({@link RealName}), so that a decomposed "é" finds a composed one; outer spaces are removed.
 */
public final class NameQuery {

    private NameQuery() {
    }

    /**
     * The term to look for.
     *
     * @throws IllegalArgumentException with a message for the client: empty, longer than a name may be, or
     *         holding control or invisible formatting characters
     */
    public static String normalize(String raw) {
        String term = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC).strip();
        if (term.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        if (term.codePointCount(0, term.length()) > RealName.MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + RealName.MAX_LENGTH + " characters");
        }
        if (term.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.FORMAT)) {
            throw new IllegalArgumentException("must not contain control characters");
        }
        return term;
    }

    /** A LIKE pattern finding {@code term} anywhere, its own % _ and \ taken literally (escape character \). */
    public static String containsPattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
