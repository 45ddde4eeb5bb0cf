package org.volunteernet.activity.signup.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The seat rule: no volunteer ever holds two confirmed seats at occurrences whose times overlap.
 * Pure; the service applies it under row locks, the property test applies it to random sequences.
 *
 * <ul>
 * <li>Sign-up: a seat is given only when it does not clash; else 409.</li>
 * <li>Promotion: the first waiting volunteer, in waitlist order, whose seat would not clash; one who would
 * clash stays waiting, in place.</li>
 * <li>Reschedule: refused (409) when a confirmed holder would then hold two overlapping seats.</li>
 * </ul>
 */
public final class Seats {

    private Seats() {
    }

    /** A time span [start, end). */
    public record Span(Instant start, Instant end) {
        public Span {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("end must be after start");
            }
        }

        /** Half-open spans overlap when each starts before the other ends: 09:00-10:00 and 10:00-11:00 do not. */
        public boolean overlaps(Span other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    /** Whether {@code span} overlaps any of {@code held}. */
    public static boolean clashes(Span span, List<Span> held) {
        return held.stream().anyMatch(span::overlaps);
    }

    /** The first of {@code waiting} (in waitlist order) for whom {@code clashes} is false. */
    public static <T> Optional<T> firstPromotable(List<T> waiting, Predicate<T> clashes) {
        return waiting.stream().filter(clashes.negate()).findFirst();
    }
}
