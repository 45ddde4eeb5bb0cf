package org.volunteernet.common.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.volunteernet.common.problem.ProblemException;

/** Opaque keyset cursors: the sort key of the last row shown, base64url-encoded. */
public final class Cursor {

    private static final String SEPARATOR = "|";

    private Cursor() {
    }

    public static String encode(Object... keyParts) {
        StringBuilder joined = new StringBuilder();
        for (Object part : keyParts) {
            if (joined.length() > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts of a cursor a client sent back; a cursor of another shape is a 400 naming {@code cursor}. */
    public static List<String> decode(String cursor, int parts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> split = List.of(joined.split("\\|", -1));
            if (split.size() != parts) {
                throw ProblemException.invalid("cursor", "is not a cursor from this list");
            }
            return split;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor from this list");
        }
    }
}
