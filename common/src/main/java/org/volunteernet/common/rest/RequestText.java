package org.volunteernet.common.rest;

import java.util.Optional;
import org.volunteernet.common.validation.PlainTextValidator;

/**
 * The floor every string of a request body stands on (checked by {@link StrictJson} for all fields of all
 * services, so that no request DTO can forget it): no NUL (PostgreSQL cannot store it in text; it answered
 * 500), no other C0 or C1 control character and no DEL, no unpaired surrogate (UTF-8 cannot carry it; it
 * was stored as "?"), no bidirectional control (Unicode TR 36, "Trojan Source": text that displays
 * differently from what it says).
 * <p>
 * Tab, line feed and carriage return are allowed here: long free text (a diary's reflection, a deed's
 * description, a correction's reason) may legitimately have paragraphs. Single-line fields (names, skills,
 * titles, codes) refuse them too with {@code @PlainText}.
 */
public final class RequestText {

    private RequestText() {
    }

    /** Why {@code text} is refused as request text, or empty when it is acceptable. */
    public static Optional<String> problemIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("must not contain a control character (" + codePoint(c) + ")");
            }
            if (PlainTextValidator.isBidiControl(c)) {
                return Optional.of("must not contain a bidirectional control character (" + codePoint(c) + ")");
            }
        }
        return Optional.empty();
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
