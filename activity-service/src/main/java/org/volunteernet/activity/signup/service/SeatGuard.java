package org.volunteernet.activity.signup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Seats;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.notification.service.Notifications;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.events.SignupConfirmed;

/**
 * Applies {@link Seats} against the database. Every check locks the volunteer's row first (after the
 * occurrence, always in that order, volunteers in id order), so two transactions cannot both give one
 * volunteer overlapping seats.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SeatGuard {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Notifications notifications;

    public SeatGuard(EntityManager entityManager, Outbox outbox, Notifications notifications) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.notifications = notifications;
    }

    /**
     * Whether {@code volunteerId} holds a confirmed seat at a scheduled occurrence, other than
     * {@code except}, that overlaps [{@code start}, {@code end}).
     */
    public boolean clashes(UUID volunteerId, Instant start, Instant end, UUID except) {
        KnownVolunteer.findById(volunteerId, LockModeType.PESSIMISTIC_WRITE);
        return ((Number) entityManager.createQuery("""
                select count(s) from Signup s, Occurrence o
                where s.occurrenceId = o.id and s.volunteerId = ?1 and s.status = ?2 and o.id <> ?3
                  and o.status = ?4 and o.start < ?5 and o.end > ?6""")
                .setParameter(1, volunteerId).setParameter(2, SignupStatus.CONFIRMED).setParameter(3, except)
                .setParameter(4, OccurrenceStatus.SCHEDULED).setParameter(5, end).setParameter(6, start)
                .getSingleResult()).longValue() > 0;
    }

    /**
     * Fills a freed seat of {@code occurrence} (locked by the caller): the first waiting volunteer whose seat
     * would not clash is confirmed and told with SignupConfirmed (promoted); those who would clash stay waiting.
     */
    public Optional<Signup> promote(Occurrence occurrence, Activity activity, Instant now) {
        if (occurrence.confirmed >= occurrence.capacity) {
            return Optional.empty();
        }
        List<Signup> waiting = Signup.list("occurrenceId = ?1 and status = ?2 order by position", occurrence.id,
                SignupStatus.WAITLISTED);
        Optional<Signup> next = Seats.firstPromotable(waiting,
                s -> clashes(s.volunteerId, occurrence.start, occurrence.end, occurrence.id));
        next.ifPresent(s -> {
            s.status = SignupStatus.CONFIRMED;
            s.updatedAt = now;
            occurrence.waitlisted--;
            occurrence.confirmed++;
            SignupConfirmed confirmed = new SignupConfirmed(s.id, occurrence.id, activity.id, s.volunteerId,
                    activity.district, true, now);
            notifications.fromEvent(outbox.publish(confirmed), confirmed, now); // the volunteer's inbox, same transaction
        });
        return next;
    }
}
