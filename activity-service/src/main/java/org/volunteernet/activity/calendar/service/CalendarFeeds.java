package org.volunteernet.activity.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.volunteernet.activity.known.domain.KnownBrand;
import org.volunteernet.activity.known.service.Volunteers;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;

/**
 * iCalendar (RFC 5545) feeds built with ical4j. Each occurrence keeps one UID for good, so a
 * calendar app that subscribes updates its events instead of duplicating them.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    static final Duration PAST = Duration.ofDays(90);
    static final Duration AHEAD = Duration.ofDays(180);

    @Inject
    Volunteers volunteers;

    @Inject
    EntityManager entityManager;

    /** The caller's confirmed seats, from 90 days back to 180 ahead. */
    public String volunteerFeed(UUID volunteerId, CurrentUser caller) {
        if (!volunteers.caller(caller).volunteerId.equals(volunteerId)) {
            throw ProblemException.forbidden("A volunteer's calendar is theirs alone");
        }
        List<Object[]> rows = entityManager.createQuery("""
                select o, a from Signup s, Occurrence o, Activity a
                where s.occurrenceId = o.id and o.activityId = a.id and s.volunteerId = ?1 and s.status = ?2
                  and o.start >= ?3 and o.start < ?4 order by o.start""", Object[].class)
                .setParameter(1, volunteerId).setParameter(2, SignupStatus.CONFIRMED)
                .setParameter(3, Instant.now().minus(PAST)).setParameter(4, Instant.now().plus(AHEAD)).getResultList();
        return render("My volunteering", rows);
    }

    /** Every occurrence of a brand's activities, for anyone. */
    public String brandFeed(UUID brandId) {
        KnownBrand brand = KnownBrand.<KnownBrand>findByIdOptional(brandId)
                .orElseThrow(() -> ProblemException.notFound("brand", brandId));
        List<Object[]> rows = entityManager.createQuery("""
                select o, a from Occurrence o, Activity a
                where o.activityId = a.id and a.brandId = ?1 and o.start >= ?2 and o.start < ?3 order by o.start""", Object[].class)
                .setParameter(1, brandId).setParameter(2, Instant.now().minus(PAST))
                .setParameter(3, Instant.now().plus(AHEAD)).getResultList();
        return render(brand.name, rows);
    }

    private static String render(String name, List<Object[]> rows) {
        Calendar calendar = new Calendar().withProdId("-//volunteer-network//activity-service//EN").withDefaults()
                .getFluentTarget();
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        for (Object[] row : rows) {
            Occurrence occurrence = (Occurrence) row[0];
            Activity activity = (Activity) row[1];
            VEvent event = new VEvent(occurrence.start, occurrence.end, activity.title);
            event.add(new Uid(occurrence.id + "@volunteernet"));
            event.add(new Location(occurrence.place != null ? occurrence.place : activity.place));
            event.add(new Description(activity.content + "\nOrganized by " + activity.organizingUnit));
            event.add(occurrence.status == OccurrenceStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED)
                    : new Status(Status.VALUE_CONFIRMED));
            calendar.add(event);
        }
        return calendar.toString();
    }
}
