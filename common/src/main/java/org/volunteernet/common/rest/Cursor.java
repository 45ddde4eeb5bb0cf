package org.volunteernet.common.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.common.problem.ProblemException;

/**
 * Opaque keyset cursors: the {@link Scope} the cursor was issued for, then the sort key of the last row shown,
 * the parts joined by {@code |} and base64url-encoded. Every list of every service reads its cursor through
 * {@link #read}: a cursor that is not base64url, has another number of parts, or holds a part that is not of the
 * expected type or lies outside years 1..9999 is a 400 problem naming {@code cursor}, never a 500. So is a cursor
 * issued for another list, another parent (one occurrence's roster, another's) or other filters: read there it
 * would position the page by a key of rows the client never saw and silently skip or repeat rows.
 */
public final class Cursor {

    private static final String SEPARATOR = "|";
    /** The dates and instants a cursor may hold: what PostgreSQL and java.time both represent. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Cursor() {
    }

    /**
     * What a cursor is issued for and only valid in: the list ({@code "roster"}) and every value that selects its
     * rows, the parent's id and each filter as the client gave it (absent ones as {@code null}; {@code limit} is
     * not among them: a client may change the page size between pages). Kept in the cursor as a digest (the first
     * 96 bits of SHA-256, base64url), so that a cursor never carries a filter's value (a phone number, an ID
     * number) in clear.
     */
    public record Scope(String digest) {
    }

    /** The scope of a list: its name and the values that select its rows, in a fixed order. */
    public static Scope scope(String list, Object... selection) {
        StringBuilder text = new StringBuilder(list);
        for (Object value : selection) {
            // unit separator between values, NUL for an absent one: ("a", null) and ("a", "") differ
            text.append('\u001f').append(value == null ? "\u0000" : value.toString());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new Scope(Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 12)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The cursor pointing after the row of {@code keyParts} in the list of {@code scope}. */
    public static String encode(Scope scope, Object... keyParts) {
        StringBuilder joined = new StringBuilder(scope.digest());
        for (Object part : keyParts) {
            joined.append(SEPARATOR).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A cursor a client sent back to the list of {@code scope}, with typed access to its {@code parts} key parts;
     * any fault, and a cursor issued for another scope, is a 400 naming {@code cursor}.
     */
    public static Key read(String cursor, Scope scope, int parts) {
        List<String> split;
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            split = List.of(joined.split("\\|", -1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (split.size() != parts + 1) {
            throw invalid();
        }
        if (!split.get(0).equals(scope.digest())) {
            throw ProblemException.invalid("cursor", ISSUED_ELSEWHERE);
        }
        return new Key(split.subList(1, split.size()));
    }

    /** Said of a cursor of another list, parent or filters (a wrong key, not a malformed one). */
    static final String ISSUED_ELSEWHERE = "was issued for another list or other filters; ask for the first page again without it";

    /**
     * The keyset condition of a JPQL list ordered by {@code instantField, idField} ascending: for a cursor of
     * (instant, UUID), appends {@code and (i > :afterAt or (i = :afterAt and id > :afterId))} to {@code query} and
     * puts both parameters; for no cursor, nothing. A cursor of another shape or scope is a 400 naming
     * {@code cursor}.
     */
    public static void after(String cursor, Scope scope, String instantField, String idField, StringBuilder query,
            Map<String, Object> params) {
        if (cursor == null) {
            return;
        }
        Key after = read(cursor, scope, 2);
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
