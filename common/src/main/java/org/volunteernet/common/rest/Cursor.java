package org.volunteernet.common.rest;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.common.problem.ProblemException;

/**
 * Opaque keyset cursors: the sort key of the last row shown, its parts joined by {@code |} and
 * base64url-encoded. Every list of every service reads its cursor through {@link #read}: a cursor
 * that is not base64url, has another number of parts, or holds a part that is not of the expected
 * type or lies outside years 1..9999 is a 400 problem naming {@code cursor}, never a 500.
 */
public final class Cursor {

    private static final String SEPARATOR = "|";
    /** The dates and instants a cursor may hold: what PostgreSQL and java.time both represent. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

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
        return read(cursor, parts).parts();
    }

    /** A cursor a client sent back, with typed access to its parts; any fault is a 400 naming {@code cursor}. */
    public static Key read(String cursor, int parts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> split = List.of(joined.split("\\|", -1));
            if (split.size() != parts) {
                throw invalid();
            }
            return new Key(split);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /**
     * The keyset condition of a JPQL list ordered by {@code instantField, idField} ascending: for a cursor of
     * (instant, UUID), appends {@code and (i > :afterAt or (i = :afterAt and id > :afterId))} to {@code query} and
     * puts both parameters; for no cursor, nothing. A cursor of another shape is a 400 naming {@code cursor}.
     */
    public static void after(String cursor, String instantField, String idField, StringBuilder query,
            Map<String, Object> params) {
        if (cursor == null) {
            return;
        }
        Key after = read(cursor, 2);
        query.append(" and (").append(instantField).append(" > :afterAt or (").append(instantField)
                .append(" = :afterAt and ").append(idField).append(" > :afterId))");
        params.put("afterAt", after.instant(0));
        params.put("afterId", after.uuid(1));
    }

    static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor from this list");
    }

    /** The parts of a decoded cursor; each accessor refuses a part of another type with a 400 naming {@code cursor}. */
    public record Key(List<String> parts) {

        public String text(int index) {
            return parts.get(index);
        }

        /** An ISO-8601 instant within years 1..9999. */
        public Instant instant(int index) {
            try {
                Instant value = Instant.parse(parts.get(index));
                if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
                    throw invalid();
                }
                return value;
            } catch (DateTimeException e) {
                throw invalid();
            }
        }

        /** An ISO-8601 date within years 1..9999. */
        public LocalDate date(int index) {
            try {
                LocalDate value = LocalDate.parse(parts.get(index));
                if (value.getYear() < 1 || value.getYear() > 9999) {
                    throw invalid();
                }
                return value;
            } catch (DateTimeException e) {
                throw invalid();
            }
        }

        public UUID uuid(int index) {
            try {
                return UUID.fromString(parts.get(index));
            } catch (IllegalArgumentException e) {
                throw invalid();
            }
        }

        public long number(int index) {
            try {
                return Long.parseLong(parts.get(index));
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }
    }
}
