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

/** The keyset cursor: what it encodes reads back typed; anything else a client sends is a 400 naming cursor. */
@Tag("unit")
@net.jqwik.api.Tag("unit")
class CursorTest {

    static String raw(String joined) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
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
        Cursor.Key key = Cursor.read(Cursor.encode(at, LocalDate.of(2026, 3, 5), 42L, id, "text"), 5);
        assertThat(key.instant(0)).isEqualTo(at);
        assertThat(key.date(1)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(key.number(2)).isEqualTo(42L);
        assertThat(key.uuid(3)).isEqualTo(id);
        assertThat(key.text(4)).isEqualTo("text");
        assertThat(Cursor.decode(Cursor.encode("a", ""), 2)).containsExactly("a", "");
    }

    @Test
    void anotherShapeOrAPartOfAnotherTypeIsA400NamingCursor() {
        refusedNamingCursor(() -> Cursor.read("not base64!", 1));
        refusedNamingCursor(() -> Cursor.read(Cursor.encode("a", "b"), 3));
        refusedNamingCursor(() -> Cursor.read(raw("x"), 1).uuid(0));
        refusedNamingCursor(() -> Cursor.read(raw("x"), 1).number(0));
        refusedNamingCursor(() -> Cursor.read(raw("2026-13-01"), 1).date(0));
        refusedNamingCursor(() -> Cursor.read(raw("yesterday"), 1).instant(0));
    }

    @Test
    void datesAndInstantsOutsideYears1To9999AreRefused() {
        refusedNamingCursor(() -> Cursor.read(raw("+10000-01-01"), 1).date(0));
        refusedNamingCursor(() -> Cursor.read(raw("-0001-12-31"), 1).date(0));
        refusedNamingCursor(() -> Cursor.read(raw("+10000-01-01T00:00:00Z"), 1).instant(0));
        assertThat(Cursor.read(raw("9999-12-31"), 1).date(0)).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Cursor.read(raw("0001-01-01T00:00:00Z"), 1).instant(0)).isEqualTo(Cursor.EARLIEST);
    }

    @Test
    void theKeysetConditionFollowsTheCursorAndIsNothingWithoutOne() {
        StringBuilder query = new StringBuilder("district = :district");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        Cursor.after(null, "createdAt", "id", query, params);
        assertThat(query).hasToString("district = :district");
        assertThat(params).isEmpty();
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-01T06:00:00Z");
        Cursor.after(Cursor.encode(at, id), "a.createdAt", "a.id", query, params);
        assertThat(query).hasToString("district = :district and (a.createdAt > :afterAt or (a.createdAt = :afterAt and a.id > :afterId))");
        assertThat(params).containsEntry("afterAt", at).containsEntry("afterId", id);
        refusedNamingCursor(() -> Cursor.after(Cursor.encode("x", id), "createdAt", "id", new StringBuilder(), params));
    }

    /** Whatever a client sends, reading it either succeeds or is the 400: never another exception (a 500). */
    @Property
    void anyStringIsACursorOrA400(@ForAll String sent) {
        try {
            Cursor.Key key = Cursor.read(sent, 2);
            assertThat(key.parts()).hasSize(2);
        } catch (ProblemException e) {
            assertThat(e.status()).isEqualTo(400);
        }
    }
}
