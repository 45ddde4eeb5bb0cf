package org.volunteernet.common.rest;

import java.util.List;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;

/**
 * Optimistic concurrency over HTTP: responses carry the row version as a strong ETag ({@code "3"}), updates
 * send it back in If-Match, in every service the same way:
 * <ul>
 * <li>no If-Match, or {@code If-Match: *}: 428. RFC 9110 lets {@code *} match any current representation, but
 * an update here must say which version it read, so that concurrent changes are not lost;</li>
 * <li>a weak tag ({@code W/"3"}): 400. If-Match compares strongly (RFC 9110 §13.1.1), so a weak tag never
 * matches, and this service never hands one out;</li>
 * <li>one of our ETags, a quoted decimal version ({@code "3"}), is its version;</li>
 * <li>a value that is not a quoted entity-tag (RFC 9110 §8.8.3: {@code entity-tag = [ W/ ] DQUOTE *etagc DQUOTE}),
 * such as a bare {@code 3}: 400 naming If-Match. It used to be read as {@code "3"}, but a value a conforming
 * client never sends is a mistake to say, not to guess;</li>
 * <li>anything but one of our ETags (a list of several, a quoted word, a signed number, a leading zero as in
 * {@code "02"}): 400; the header given
 * twice is refused before, by {@link SingleHeaders}.</li>
 * </ul>
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version a client expects, by the rules above. */
    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED, "Send the ETag of the version you read as If-Match, so that concurrent changes are not lost",
                    List.of());
        }
        String tag = header.strip();
        if (tag.equals("*")) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "If-Match: * is not enough here: send the ETag of the version you read, so that concurrent changes are not lost",
                    List.of());
        }
        if (tag.startsWith("W/")) {
            throw ProblemException.invalid("If-Match",
                    "must be a strong ETag as this service returned it, e.g. \"3\": a weak one (W/) never matches");
        }
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw ProblemException.invalid("If-Match",
                    "must be a quoted entity-tag as this service returned it, e.g. \"3\" (RFC 9110)");
        }
        tag = tag.substring(1, tag.length() - 1);
        // exactly as we hand versions out: Long.parseLong would take "+3" and "-1", and a leading zero ("02") is another
        // entity-tag than "2" (RFC 9110 compares the opaque strings, character by character)
        if (!tag.matches("0|[1-9][0-9]{0,17}")) {
            throw ProblemException.invalid("If-Match", "must be an ETag this service returned, e.g. \"3\"");
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag this service returned, e.g. \"3\"");
        }
    }
}
