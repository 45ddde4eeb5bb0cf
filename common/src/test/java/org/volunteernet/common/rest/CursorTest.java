package org.volunteernet.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;

/**
 * The keyset cursor: what it encodes reads back typed in the list it was issued for; anything else a client
 * sends, a cursor of another list, parent or filters included, is a 400 naming cursor.
 */
@Tag("unit")
@net.jqwik.api.Tag("unit")
class CursorTest {

    static final Cursor.Scope SCOPE = Cursor.scope("test-list", "230110", null);

    /** A cursor of {@link #SCOPE} holding the key {@code joined}, as a client could forge it. */
    static String raw(String joined) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((SCOPE.digest() + "|" + joined).getBytes(StandardCharsets.UTF_8));
    }

    static void refusedNamingCursor(Runnable read) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            Problem problem = e.toProblem();
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("cursor");
        });
    }

    @Test
    void whatIsEncodedReadsBackTyped() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-01T06:00:00.123456Z");
        Cursor.Key key = Cursor.read(Cursor.encode(SCOPE, at, LocalDate.of(2026, 3, 5), 42L, id, "text"), SCOPE, 5);
        assertThat(key.instant(0)).isEqualTo(at);
        assertThat(key.date(1)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(key.number(2)).isEqualTo(42L);
        assertThat(key.uuid(3)).isEqualTo(id);
        assertThat(key.text(4)).isEqualTo("text");
        assertThat(Cursor.read(Cursor.encode(SCOPE, "a", ""), SCOPE, 2).parts()).containsExactly("a", "");
    }

    @Test
    void anotherShapeOrAPartOfAnotherTypeIsA400NamingCursor() {
        refusedNamingCursor(() -> Cursor.read("not base64!", SCOPE, 1));
        refusedNamingCursor(() -> Cursor.read(Cursor.encode(SCOPE, "a", "b"), SCOPE, 3));
        refusedNamingCursor(() -> Cursor.read(raw("x"), SCOPE, 1).uuid(0));
        refusedNamingCursor(() -> Cursor.read(raw("x"), SCOPE, 1).number(0));
        refusedNamingCursor(() -> Cursor.read(raw("2026-13-01"), SCOPE, 1).date(0));
        refusedNamingCursor(() -> Cursor.read(raw("yesterday"), SCOPE, 1).instant(0));
    }

    /**
     * A cursor is bound to its list, parent and filters: one occurrence's roster cursor read on another's, or a
     * search cursor read with another filter, is the 400 (it says so), never a page positioned by foreign rows.
     */
    @Test
    void aCursorOfAnotherListParentOrFilterIsRefused() {
        UUID occurrence = UUID.randomUUID();
        String rosterCursor = Cursor.encode(Cursor.scope("roster", occurrence), 7L);
        assertThat(Cursor.read(rosterCursor, Cursor.scope("roster", occurrence), 1).number(0)).isEqualTo(7L);
        refusedNamingCursor(() -> Cursor.read(rosterCursor, Cursor.scope("roster", UUID.randomUUID()), 1));
        refusedNamingCursor(() -> Cursor.read(rosterCursor, Cursor.scope("notifications", occurrence), 1));
        String searchCursor = Cursor.encode(Cursor.scope("volunteers", "230110", "张", null), 1L);
        refusedNamingCursor(() -> Cursor.read(searchCursor, Cursor.scope("volunteers", "230110", "李", null), 1));
        refusedNamingCursor(() -> Cursor.read(searchCursor, Cursor.scope("volunteers", "230110", null, "张"), 1));
        refusedNamingCursor(() -> Cursor.read(searchCursor, Cursor.scope("volunteers", "230102", "张", null), 1));
        // an absent filter differs from an empty one, and the values' boundaries count
        assertThat(Cursor.scope("l", (Object) null)).isNotEqualTo(Cursor.scope("l", ""));
        assertThat(Cursor.scope("l", "ab", "c")).isNotEqualTo(Cursor.scope("l", "a", "bc"));
        assertThatThrownBy(() -> Cursor.read(searchCursor, Cursor.scope("volunteers", "230110", "李", null), 1))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem().errors().get(0).message())
                        .isEqualTo("was issued for another list or other filters; ask for the first page again without it"));
    }

    /** The cursor never carries a filter's value in clear: only a digest of the scope. */
    @Test
    void theScopeIsADigestNotTheFilterValues() {
        String cursor = Cursor.encode(Cursor.scope("volunteers", "230110", "+8613800000000"), 1L);
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        assertThat(decoded).doesNotContain("13800000000").doesNotContain("230110").endsWith("|1");
    }

    @Test
    void datesAndInstantsOutsideYears1To9999AreRefused() {
        refusedNamingCursor(() -> Cursor.read(raw("+10000-01-01"), SCOPE, 1).date(0));
        refusedNamingCursor(() -> Cursor.read(raw("-0001-12-31"), SCOPE, 1).date(0));
        refusedNamingCursor(() -> Cursor.read(raw("+10000-01-01T00:00:00Z"), SCOPE, 1).instant(0));
        assertThat(Cursor.read(raw("9999-12-31"), SCOPE, 1).date(0)).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Cursor.read(raw("0001-01-01T00:00:00Z"), SCOPE, 1).instant(0)).isEqualTo(Cursor.EARLIEST);
    }

    @Test
    void theKeysetConditionFollowsTheCursorAndIsNothingWithoutOne() {
        StringBuilder query = new StringBuilder("district = :district");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        Cursor.after(null, SCOPE, "createdAt", "id", query, params);
        assertThat(query).hasToString("district = :district");
        assertThat(params).isEmpty();
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-01T06:00:00Z");
        Cursor.after(Cursor.encode(SCOPE, at, id), SCOPE, "a.createdAt", "a.id", query, params);
        assertThat(query).hasToString("district = :district and (a.createdAt > :afterAt or (a.createdAt = :afterAt and a.id > :afterId))");
        assertThat(params).containsEntry("afterAt", at).containsEntry("afterId", id);
        refusedNamingCursor(() -> Cursor.after(Cursor.encode(SCOPE, "x", id), SCOPE, "createdAt", "id", new StringBuilder(), params));
    }

    /** Whatever a client sends, reading it either succeeds or is the 400: never another exception (a 500). */
    @Property
    void anyStringIsACursorOrA400(@ForAll String sent) {
        try {
            Cursor.Key key = Cursor.read(sent, SCOPE, 2);
            assertThat(key.parts()).hasSize(2);
        } catch (ProblemException e) {
            assertThat(e.status()).isEqualTo(400);
        }
    }
}
