package org.volunteernet.volunteer.star.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.volunteer.registration.service.VolunteerAccess;
import org.volunteernet.volunteer.star.rest.StarView;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.star.domain.VolunteerStar;

/**
 * Star levels from verified hours (the sum of the volunteer's service records). Crossing a
 * threshold publishes StarLevelReached exactly once per level, whatever redeliveries or
 * corrections happen: the highest level announced is kept under a row lock.
 */
@ApplicationScoped
@Transactional
public class StarService {

    private final List<BigDecimal> thresholds;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    VolunteerAccess access;

    public StarService(StarConfig config) {
        this.thresholds = config.thresholds().stream().sorted().toList();
    }

    public List<BigDecimal> thresholds() {
        return thresholds;
    }

    /** Level for {@code hours}: how many thresholds it has reached. */
    public int levelFor(BigDecimal hours) {
        return (int) thresholds.stream().filter(t -> hours.compareTo(t) >= 0).count();
    }

    /** Starts a new volunteer's bookkeeping at zero hours. */
    public void open(UUID volunteerId) {
        VolunteerStar star = new VolunteerStar();
        star.volunteerId = volunteerId;
        star.verifiedHours = BigDecimal.ZERO;
        star.highestLevelAnnounced = 0;
        star.persist();
    }

    /** Recounts verified hours after a record was created or corrected, and announces new levels. */
    public VolunteerStar recount(Volunteer volunteer) {
        VolunteerStar star = VolunteerStar.findById(volunteer.id, LockModeType.PESSIMISTIC_WRITE);
        entityManager.flush(); // records written in this transaction count too
        BigDecimal hours = (BigDecimal) entityManager
                .createQuery("select coalesce(sum(r.hours), 0) from ServiceRecord r where r.volunteerId = ?1")
                .setParameter(1, volunteer.id).getSingleResult();
        star.verifiedHours = hours;
        int level = levelFor(hours);
        for (int reached = star.highestLevelAnnounced + 1; reached <= level; reached++) {
            outbox.publish(new StarLevelReached(volunteer.id, volunteer.district, reached, hours, NetworkClock.now()));
        }
        star.highestLevelAnnounced = Math.max(star.highestLevelAnnounced, level);
        return star;
    }

    /** Level, hours and distance to the next level, for the volunteer or their district's office. */
    public StarView view(UUID volunteerId, CurrentUser caller) {
        access.asOwnerOrOffice(volunteerId, caller);
        VolunteerStar star = VolunteerStar.findById(volunteerId);
        int level = levelFor(star.verifiedHours);
        boolean top = level >= thresholds.size();
        return new StarView(level, star.verifiedHours, top ? null : level + 1,
                top ? null : thresholds.get(level).subtract(star.verifiedHours), thresholds);
    }
}
