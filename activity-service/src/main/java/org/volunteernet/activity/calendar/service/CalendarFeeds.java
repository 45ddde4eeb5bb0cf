package org.volunteernet.activity.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.volunteernet.activity.ActivitiesConfig;
import org.volunteernet.activity.calendar.domain.FeedToken;
import org.volunteernet.activity.calendar.domain.ICalendarText;
import org.volunteernet.activity.known.domain.KnownBrand;
import org.volunteernet.activity.known.service.Callers;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkClock;

/**
 * iCalendar (RFC 5545) feeds. Each occurrence keeps one UID for good and carries SEQUENCE and
 * LAST-MODIFIED, so a calendar app that subscribes replaces a moved or cancelled event instead of
 * keeping the old one or duplicating it. Written by {@link ICalendarText} (escaping, folding at 75
 * octets); the tests parse every feed with ical4j in strict mode.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    static final Duration PAST = Duration.ofDays(90);
    static final Duration AHEAD = Duration.ofDays(180);

    @Inject
    Callers callers;

    @Inject
    EntityManager entityManager;

    @Inject
    ActivitiesConfig config;

    /** The caller's confirmed seats, from 90 days back to 180 ahead. */
    public String volunteerFeed(UUID volunteerId, CurrentUser caller, DocumentLanguage language) {
        requireOwner(volunteerId, caller);
        return seatsOf(volunteerId, language);
    }

    /** The personal feed behind a secret URL; 404 for a secret that is unknown or revoked. */
    public String feedBySecret(String secret, DocumentLanguage language) {
        FeedToken token = secret == null || secret.length() > 100 ? null : FeedToken.bySecret(secret).orElse(null);
        if (token == null) {
            throw new ProblemException(ProblemKind.NOT_FOUND, "No calendar feed at this address", List.of());
        }
        return seatsOf(token.volunteerId, language);
    }

    /**
     * Issues the caller's secret feed URL path ({@code /api/v1/calendar/feeds/<secret>.ics}), revoking any earlier
     * one. The secret is shown once.
     */
    public String issueSecret(UUID volunteerId, CurrentUser caller) {
        requireOwner(volunteerId, caller);
        FeedToken.deleteById(volunteerId);
        FeedToken.flush();
        String secret = FeedToken.newSecret();
        FeedToken token = new FeedToken();
        token.volunteerId = volunteerId;
        token.tokenSha256 = FeedToken.hash(secret);
        token.createdAt = NetworkClock.now();
        token.persist();
        return "/api/v1/calendar/feeds/" + secret + ".ics";
    }

    /** Revokes the caller's secret feed URL; true when there was one. */
    public boolean revokeSecret(UUID volunteerId, CurrentUser caller) {
        requireOwner(volunteerId, caller);
        return FeedToken.deleteById(volunteerId);
    }

    private void requireOwner(UUID volunteerId, CurrentUser caller) {
        if (!callers.requireVolunteer(caller).volunteerId.equals(volunteerId)) {
            throw ProblemException.forbidden("A volunteer's calendar is theirs alone");
        }
    }

    private String seatsOf(UUID volunteerId, DocumentLanguage language) {
        List<Object[]> rows = entityManager.createQuery("""
                select o, a from Signup s, Occurrence o, Activity a
                where s.occurrenceId = o.id and o.activityId = a.id and s.volunteerId = ?1 and s.status = ?2
                  and o.start >= ?3 and o.start < ?4 order by o.start""", Object[].class)
                .setParameter(1, volunteerId).setParameter(2, SignupStatus.CONFIRMED)
                .setParameter(3, NetworkClock.now().minus(PAST)).setParameter(4, NetworkClock.now().plus(AHEAD)).getResultList();
        return render(language.pick("我的志愿服务", "My volunteering"), rows, config.calendarReminder(), language);
    }

    /** Every occurrence of a brand's activities, for anyone. */
    public String brandFeed(UUID brandId, DocumentLanguage language) {
        KnownBrand brand = KnownBrand.<KnownBrand>findByIdOptional(brandId)
                .orElseThrow(() -> ProblemException.notFound("brand", brandId));
        List<Object[]> rows = entityManager.createQuery("""
                select o, a from Occurrence o, Activity a
                where o.activityId = a.id and a.brandId = ?1 and o.start >= ?2 and o.start < ?3 order by o.start""", Object[].class)
                .setParameter(1, brandId).setParameter(2, NetworkClock.now().minus(PAST))
                .setParameter(3, NetworkClock.now().plus(AHEAD)).getResultList();
        return render(brand.name, rows, null, language);
    }

    /**
     * The feed as RFC 5545 text: one VEVENT per occurrence with a UID that never changes, SEQUENCE counting
     * the occurrence's moves and cancellations, LAST-MODIFIED and DTSTAMP at its last change (stable between
     * fetches), text escaped and lines folded by {@link ICalendarText}; with {@code reminder}, a VALARM that
     * long before each occurrence that is not cancelled.
     */
    static String render(String name, List<Object[]> rows, Duration reminder, DocumentLanguage language) {
        ICalendarText ics = new ICalendarText()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", "-//volunteer-network//activity-service//EN")
                .line("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", name);
        for (Object[] row : rows) {
            Occurrence occurrence = (Occurrence) row[0];
            Activity activity = (Activity) row[1];
            boolean cancelled = occurrence.status == OccurrenceStatus.CANCELLED;
            Instant changed = occurrence.changedAt != null ? occurrence.changedAt : occurrence.start;
            ics.line("BEGIN", "VEVENT")
                    .line("UID", occurrence.id + "@volunteernet")
                    .utc("DTSTAMP", changed)
                    .utc("LAST-MODIFIED", changed)
                    .line("SEQUENCE", Integer.toString(occurrence.sequence))
                    .utc("DTSTART", occurrence.start)
                    .utc("DTEND", occurrence.end)
                    .text("SUMMARY", activity.title)
                    .text("LOCATION", occurrence.place != null ? occurrence.place : activity.place)
                    .text("DESCRIPTION", activity.content + "\n" + language.pick("主办单位：", "Organized by ") + activity.organizingUnit)
                    .line("STATUS", cancelled ? "CANCELLED" : "CONFIRMED");
            if (reminder != null && !cancelled) {
                ics.line("BEGIN", "VALARM")
                        .line("ACTION", "DISPLAY")
                        .text("DESCRIPTION", activity.title)
                        .line("TRIGGER", ICalendarText.before(reminder))
                        .line("END", "VALARM");
            }
            ics.line("END", "VEVENT");
        }
        return ics.line("END", "VCALENDAR").toString();
    }
}
