package org.volunteernet.activity.signup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No volunteer ever holds two overlapping confirmed seats, over random sequences of sign-up, withdrawal
 * (with promotion) and reschedule, applying {@link Seats} as the services do. Without booting Quarkus.
 */
@Tag("unit")
@net.jqwik.api.Tag("unit")
class SeatsPropertyTest {

    static final Instant DAY = Instant.parse("2026-12-05T00:00:00Z");

    /** One occurrence: its span, capacity, confirmed holders and waitlist in order. */
    static final class Occ {
        Seats.Span span;
        final int capacity;
        final Set<Integer> confirmed = new LinkedHashSet<>();
        final List<Integer> waiting = new ArrayList<>();

        Occ(Seats.Span span, int capacity) {
            this.span = span;
            this.capacity = capacity;
        }
    }

    /** The network's seats, with the rules of SignupService, SeatGuard and OccurrenceChangeService. */
    static final class Book {
        final List<Occ> occurrences = new ArrayList<>();

        List<Seats.Span> held(int volunteer, Occ except) {
            return occurrences.stream().filter(o -> o != except && o.confirmed.contains(volunteer)).map(o -> o.span).toList();
        }

        boolean clashes(int volunteer, Seats.Span span, Occ except) {
            return Seats.clashes(span, held(volunteer, except));
        }

        void signUp(int volunteer, Occ o) {
            if (o.confirmed.contains(volunteer) || o.waiting.contains(volunteer)) {
                return; // 409 already signed up
            }
            if (o.confirmed.size() < o.capacity) {
                if (clashes(volunteer, o.span, o)) {
                    return; // 409 clash
                }
                o.confirmed.add(volunteer);
            } else {
                o.waiting.add(volunteer);
            }
        }

        void withdraw(int volunteer, Occ o) {
            if (o.confirmed.remove(volunteer)) {
                promote(o);
            } else {
                o.waiting.remove((Integer) volunteer);
            }
        }

        void promote(Occ o) {
            if (o.confirmed.size() >= o.capacity) {
                return;
            }
            Optional<Integer> next = Seats.firstPromotable(o.waiting, v -> clashes(v, o.span, o));
            next.ifPresent(v -> {
                o.waiting.remove(v);
                o.confirmed.add(v);
            });
        }

        boolean reschedule(Occ o, Seats.Span to) {
            if (o.confirmed.stream().anyMatch(v -> clashes(v, to, o))) {
                return false; // 409 seat-clash
            }
            o.span = to;
            return true;
        }

        void assertNoOverlappingSeats() {
            Map<Integer, List<Seats.Span>> seats = new HashMap<>();
            for (Occ o : occurrences) {
                for (int v : o.confirmed) {
                    for (Seats.Span other : seats.getOrDefault(v, List.of())) {
                        assertThat(other.overlaps(o.span)).as("volunteer %d holds %s and %s", v, other, o.span).isFalse();
                    }
                    seats.computeIfAbsent(v, k -> new ArrayList<>()).add(o.span);
                }
                assertThat(o.confirmed.size()).isLessThanOrEqualTo(o.capacity);
            }
        }
    }

    sealed interface Op permits SignUp, Withdraw, Reschedule {
    }

    record SignUp(int volunteer, int occurrence) implements Op {
    }

    record Withdraw(int volunteer, int occurrence) implements Op {
    }

    record Reschedule(int occurrence, int startQuarter, int lengthQuarters) implements Op {
    }

    static Seats.Span span(int startQuarter, int lengthQuarters) {
        Instant start = DAY.plus(Duration.ofMinutes(15L * startQuarter));
        return new Seats.Span(start, start.plus(Duration.ofMinutes(15L * lengthQuarters)));
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> volunteer = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> occurrence = Arbitraries.integers().between(0, 4);
        Arbitrary<Op> signUp = Combinators.combine(volunteer, occurrence).as(SignUp::new);
        Arbitrary<Op> withdraw = Combinators.combine(volunteer, occurrence).as(Withdraw::new);
        Arbitrary<Op> reschedule = Combinators.combine(occurrence, Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(1, 12)).as(Reschedule::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, signUp), net.jqwik.api.Tuple.of(3, withdraw), net.jqwik.api.Tuple.of(2, reschedule))
                .list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Seats.Span>> layout() {
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 12))
                .as(SeatsPropertyTest::span).list().ofSize(5);
    }

    @Property(tries = 500)
    void noVolunteerEverHoldsTwoOverlappingSeats(@ForAll("layout") List<Seats.Span> spans, @ForAll("operations") List<Op> ops,
            @ForAll("capacities") List<Integer> capacities) {
        Book book = new Book();
        for (int i = 0; i < spans.size(); i++) {
            book.occurrences.add(new Occ(spans.get(i), capacities.get(i)));
        }
        for (Op op : ops) {
            if (op instanceof SignUp s) {
                book.signUp(s.volunteer(), book.occurrences.get(s.occurrence()));
            } else if (op instanceof Withdraw w) {
                book.withdraw(w.volunteer(), book.occurrences.get(w.occurrence()));
            } else if (op instanceof Reschedule r) {
                book.reschedule(book.occurrences.get(r.occurrence()), span(r.startQuarter(), r.lengthQuarters()));
            }
            book.assertNoOverlappingSeats();
        }
    }

    @Provide
    Arbitrary<List<Integer>> capacities() {
        return Arbitraries.integers().between(1, 3).list().ofSize(5);
    }

    @Test
    void theExampleOfTheIssue() {
        // confirmed 09:30-10:30, waiting for a full 09:00-11:00: the freed seat goes to the next who does not clash
        Book book = new Book();
        Occ short930 = new Occ(new Seats.Span(DAY.plusSeconds(9 * 3600 + 1800), DAY.plusSeconds(10 * 3600 + 1800)), 5);
        Occ long900 = new Occ(new Seats.Span(DAY.plusSeconds(9 * 3600), DAY.plusSeconds(11 * 3600)), 1);
        book.occurrences.addAll(List.of(short930, long900));
        book.signUp(1, short930);
        book.signUp(2, long900);
        book.signUp(1, long900); // waits
        book.signUp(3, long900); // waits after 1
        book.withdraw(2, long900);
        assertThat(long900.confirmed).containsExactly(3);
        assertThat(long900.waiting).containsExactly(1);
        book.assertNoOverlappingSeats();
        // moving the 09:30 occurrence onto another one its holder attends is refused
        Occ afternoon = new Occ(new Seats.Span(DAY.plusSeconds(14 * 3600), DAY.plusSeconds(15 * 3600)), 5);
        book.occurrences.add(afternoon);
        book.signUp(3, afternoon);
        assertThat(book.reschedule(afternoon, long900.span)).isFalse();
        assertThat(Seats.firstPromotable(List.of(1, 2, 3), v -> v < 3)).contains(3);
        assertThat(new Seats.Span(DAY, DAY.plusSeconds(3600)).overlaps(new Seats.Span(DAY.plusSeconds(3600), DAY.plusSeconds(7200))))
                .isFalse();
    }
}
