package org.volunteernet.activity.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.notification.domain.NotificationKind;
import org.volunteernet.activity.notification.rest.NotificationPage;
import org.volunteernet.activity.notification.rest.NotificationView;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.events.CertificateIssued;
import org.volunteernet.events.CertificateIssuedV1;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.OccurrenceCancelled;
import org.volunteernet.events.OccurrenceRescheduled;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCorrectionRejected;
import org.volunteernet.events.SignupConfirmed;
import org.volunteernet.events.StarLevelReached;

/**
 * The inbox of volunteers and organizers. activity-service owns it: it already knows sign-ups, occurrences and
 * organizers (what reminders, cancellations, moves, waitlist promotions and the organizers' warnings are made of)
 * and already consumes volunteer.events for its local view of volunteers, so star levels, corrections and
 * certificates reach it through the same inbox; volunteer-service would need a copy of every occurrence and
 * sign-up instead. One owner also gives the app one inbox and one live stream.
 *
 * <p>Exactly once: every notification has a unique key (recipient, kind, source). Notifications from this
 * service's own events are written in the transaction that publishes the event (source: the event's CloudEvents
 * id); those from volunteer.events in the consumer's transaction that records the event in {@code processed_event};
 * scheduled ones ({@link NotificationJob}) are keyed by occurrence and start. A second delivery, a second run or a
 * restart between the two therefore inserts nothing.
 */
@ApplicationScoped
public class Notifications {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    NetworkCalendar calendar;

    /** Adds a notification unless one with the same key exists; true when added. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean add(String recipient, NotificationKind kind, String source, Map<String, String> params, Instant at) {
        try {
            return entityManager.createNativeQuery("INSERT INTO notification (id, recipient, kind, source, params, created_at)"
                    + " VALUES (:id, :recipient, :kind, :source, :params, :at) ON CONFLICT (recipient, kind, source) DO NOTHING")
                    .setParameter("id", UUID.randomUUID()).setParameter("recipient", recipient)
                    .setParameter("kind", kind.name()).setParameter("source", source)
                    .setParameter("params", json.writeValueAsString(params)).setParameter("at", at)
                    .executeUpdate() == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The notification an event makes, if any, keyed by the event's id: a promotion from the waitlist, a cancelled
     * or moved occurrence (one event per volunteer holding or awaiting a seat), a star level, an accepted correction,
     * a certificate. (A rejected correction publishes no event and so makes no notification.)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fromEvent(UUID eventId, DomainEvent event, Instant at) {
        String source = eventId.toString();
        if (event instanceof SignupConfirmed confirmed && confirmed.promotedFromWaitlist()) {
            add(NotificationKind.volunteer(confirmed.volunteerId()), NotificationKind.WAITLIST_PROMOTED, source,
                    occurrenceParams(confirmed.occurrenceId()), at);
        } else if (event instanceof OccurrenceCancelled cancelled) {
            Map<String, String> params = occurrenceParams(cancelled.occurrenceId());
            params.put("reason", cancelled.reason());
            add(NotificationKind.volunteer(cancelled.volunteerId()), NotificationKind.OCCURRENCE_CANCELLED, source, params, at);
        } else if (event instanceof OccurrenceRescheduled moved) {
            Map<String, String> params = occurrenceParams(moved.occurrenceId());
            params.put("start", moved.start().atZoneSameInstant(calendar.zone()).format(WHEN));
            params.put("end", moved.end().atZoneSameInstant(calendar.zone()).format(WHEN));
            params.put("place", moved.place());
            add(NotificationKind.volunteer(moved.volunteerId()), NotificationKind.OCCURRENCE_MOVED, source, params, at);
        } else if (event instanceof StarLevelReached reached) {
            add(NotificationKind.volunteer(reached.volunteerId()), NotificationKind.STAR_LEVEL_REACHED, source,
                    params("level", reached.level(), "hours", reached.verifiedHours().stripTrailingZeros().toPlainString()), at);
        } else if (event instanceof ServiceRecordCorrected corrected) {
            add(NotificationKind.volunteer(corrected.volunteerId()), NotificationKind.RECORD_CORRECTED, source,
                    params("date", corrected.date(), "previousHours", corrected.previousHours().stripTrailingZeros().toPlainString(),
                            "hours", corrected.hours().stripTrailingZeros().toPlainString(),
                            "previousDate", corrected.previousDate()), at);
        } else if (event instanceof ServiceRecordCorrectionRejected rejected) {
            add(NotificationKind.volunteer(rejected.volunteerId()), NotificationKind.RECORD_CORRECTION_REJECTED, source,
                    params("correctionId", rejected.correctionId()), at);
        } else if (event instanceof CertificateIssuedV1 legacy) {
            fromEvent(eventId, legacy.current(), at);
        } else if (event instanceof CertificateIssued issued) {
            // CertificateIssued.v2 carries no verification code (issue 18): the volunteer reads it with the certificate
            add(NotificationKind.volunteer(issued.volunteerId()), NotificationKind.CERTIFICATE_ISSUED, source,
                    params("certificateId", issued.certificateId(), "hours", issued.hours().stripTrailingZeros().toPlainString()), at);
        }
    }

    /** Title, start, end and place of an occurrence, for the texts. */
    public Map<String, String> occurrenceParams(UUID occurrenceId) {
        Occurrence occurrence = Occurrence.findById(occurrenceId);
        Activity activity = Activity.findById(occurrence.activityId);
        return params("title", activity.title, "start", occurrence.start.atZone(calendar.zone()).format(WHEN),
                "end", occurrence.end.atZone(calendar.zone()).format(WHEN),
                "place", occurrence.place != null ? occurrence.place : activity.place);
    }

    static Map<String, String> params(Object... keyValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put((String) keyValues[i], keyValues[i + 1] == null ? null : keyValues[i + 1].toString());
        }
        return params;
    }

    /** Whom the caller reads as: their token subject (organizers) and, when registered, their volunteer id. */
    @Transactional
    public List<String> recipients(CurrentUser caller) {
        List<String> recipients = new ArrayList<>();
        recipients.add(NotificationKind.subject(caller.subject()));
        KnownVolunteer.bySubject(caller.subject()).ifPresent(v -> recipients.add(NotificationKind.volunteer(v.volunteerId)));
        return recipients;
    }

    /** The caller's notifications, newest first, optionally unread only. */
    @Transactional
    public NotificationPage list(List<String> recipients, boolean unreadOnly, int limit, String cursor,
            DocumentLanguage language) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE recipient IN (:recipients)");
        if (unreadOnly) {
            sql.append(" AND read_at IS NULL");
        }
        if (cursor != null) {
            sql.append(" AND seq < :before");
        }
        sql.append(" ORDER BY seq DESC LIMIT :limit");
        Query query = entityManager.createNativeQuery(sql.toString()).setParameter("recipients", recipients)
                .setParameter("limit", limit + 1);
        Cursor.Scope scope = Cursor.scope("notifications", String.join(",", recipients), unreadOnly);
        if (cursor != null) {
            query.setParameter("before", Cursor.read(cursor, scope, 1).number(0));
        }
        List<Object[]> rows = rows(query);
        boolean more = rows.size() > limit;
        List<Object[]> shown = more ? rows.subList(0, limit) : rows;
        return new NotificationPage(shown.stream().map(row -> view(row, language)).toList(),
                more ? Cursor.encode(scope, ((Number) shown.get(shown.size() - 1)[1]).longValue()) : null);
    }

    /** Notifications of the recipients after {@code afterSeq}, oldest first: what the live stream sends next. */
    @Transactional
    public List<Map.Entry<Long, NotificationView>> after(List<String> recipients, long afterSeq, DocumentLanguage language) {
        List<Object[]> rows = rows(entityManager.createNativeQuery(SELECT
                + " WHERE recipient IN (:recipients) AND seq > :after ORDER BY seq LIMIT 100")
                .setParameter("recipients", recipients).setParameter("after", afterSeq));
        return rows.stream().map(row -> Map.entry(((Number) row[1]).longValue(), view(row, language))).toList();
    }

    /** The highest sequence number of the recipients' notifications now (0 when none): a stream starts after it. */
    @Transactional
    public long latest(List<String> recipients) {
        Object max = entityManager.createNativeQuery("SELECT COALESCE(max(seq), 0) FROM notification WHERE recipient IN (:recipients)")
                .setParameter("recipients", recipients).getSingleResult();
        return ((Number) max).longValue();
    }

    /** Marks one of the caller's notifications read (again: no change); 404 when it is not the caller's. */
    @Transactional
    public NotificationView markRead(List<String> recipients, UUID id, Instant now, DocumentLanguage language) {
        entityManager.createNativeQuery("UPDATE notification SET read_at = :now WHERE id = :id AND recipient IN (:recipients)"
                + " AND read_at IS NULL").setParameter("now", now).setParameter("id", id).setParameter("recipients", recipients)
                .executeUpdate();
        List<Object[]> rows = rows(entityManager.createNativeQuery(SELECT + " WHERE id = :id AND recipient IN (:recipients)")
                .setParameter("id", id).setParameter("recipients", recipients));
        if (rows.isEmpty()) {
            throw ProblemException.notFound("notification", id);
        }
        return view(rows.get(0), language);
    }

    /** Marks every unread notification of the caller read; returns how many. */
    @Transactional
    public int markAllRead(List<String> recipients, Instant now) {
        return entityManager.createNativeQuery("UPDATE notification SET read_at = :now WHERE recipient IN (:recipients)"
                + " AND read_at IS NULL").setParameter("now", now).setParameter("recipients", recipients).executeUpdate();
    }

    private static final String SELECT = "SELECT id, seq, kind, params, created_at, read_at FROM notification";

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private NotificationView view(Object[] row, DocumentLanguage language) {
        NotificationKind kind = NotificationKind.valueOf((String) row[2]);
        Map<String, String> params;
        try {
            params = json.readValue((String) row[3], PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new NotificationView((UUID) row[0], kind, kind.title(language), kind.body(language, params), params,
                offset(row[4]), row[5] == null ? null : offset(row[5]));
    }

    private OffsetDateTime offset(Object value) {
        return instant(value).atZone(calendar.zone()).toOffsetDateTime();
    }

    /** A timestamptz column of a native query, whichever type the driver hands back. */
    public static Instant instant(Object value) {
        return value instanceof Instant i ? i
                : value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }
}
