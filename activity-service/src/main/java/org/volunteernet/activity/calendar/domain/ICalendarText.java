package org.volunteernet.activity.calendar.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Writes RFC 5545 content lines. Pure.
 *
 * <ul>
 * <li>Text values (3.3.11) are escaped: backslash, semicolon and comma get a backslash; every line break a
 * lenient client might honour (CRLF, CR, LF, U+0085 NEL, U+2028 LS, U+2029 PS) becomes {@code \n}; other
 * control characters, which TEXT does not allow, are left out.</li>
 * <li>Lines are folded (3.1) so that no line exceeds 75 octets of UTF-8 without its CRLF: a continuation
 * starts with one space, and a fold never splits a character's UTF-8 sequence (nor a surrogate pair).</li>
 * <li>Date-times are UTC, {@code yyyyMMdd'T'HHmmss'Z'}, to the second.</li>
 * </ul>
 */
public final class ICalendarText {

    /** The longest content line, in octets, without its CRLF (RFC 5545 3.1). */
    public static final int MAX_OCTETS = 75;
    static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    /** Appends {@code NAME:value} as given (the value is not escaped), folded. */
    public ICalendarText line(String name, String value) {
        fold(name + ":" + value);
        return this;
    }

    /** Appends a TEXT property, escaped and folded. */
    public ICalendarText text(String name, String value) {
        return line(name, escape(value));
    }

    /** Appends a UTC DATE-TIME property. */
    public ICalendarText utc(String name, Instant at) {
        return line(name, UTC.format(at.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** The content, every line ending in CRLF. */
    @Override
    public String toString() {
        return out.toString();
    }

    /** RFC 5545 3.3.11 TEXT escaping, with every kind of line break as {@code \n}. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u0085', '\u2028', '\u2029' -> escaped.append("\\n");
                case '\t' -> escaped.append('\t');
                default -> {
                    if (!Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** An RFC 5545 DURATION for a trigger before the start, e.g. {@code -PT1H} or {@code -PT30M}. */
    public static String before(Duration lead) {
        long minutes = lead.toMinutes();
        return minutes % 60 == 0 ? "-PT" + minutes / 60 + "H" : "-PT" + minutes + "M";
    }

    private void fold(String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > limit) {
                out.append(CRLF).append(' ');
                octets = 1; // the leading space counts
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
