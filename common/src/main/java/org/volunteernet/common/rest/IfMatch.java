package org.volunteernet.common.rest;

import java.util.List;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;

/** Optimistic concurrency over HTTP: responses carry the row version as ETag, updates send it back in If-Match. */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version a client expects; 428 without If-Match, 400 when it is not one of our ETags. */
    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED, "Send the ETag of the version you read as If-Match, so that concurrent changes are not lost",
                    List.of());
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag this service returned, e.g. \"3\"");
        }
    }
}
