package org.volunteernet.volunteer.record.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCorrectionRejected;
import org.volunteernet.volunteer.record.domain.CorrectionStatus;
import org.volunteernet.volunteer.record.domain.DailyHours;
import org.volunteernet.volunteer.record.domain.RecordCorrection;
import org.volunteernet.volunteer.record.domain.ServiceRecord;
import org.volunteernet.volunteer.record.rest.CorrectionView;
import org.volunteernet.volunteer.record.rest.ServiceRecordView;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.service.VolunteerAccess;
import org.volunteernet.volunteer.star.service.StarService;

/**
 * Reading service records and correcting them (Decree 67 Art. 13): the volunteer reports an
 * error (or the district office enters it on their behalf), the organizer who recorded the activity (or the
 * district office) accepts or rejects it, never the one who entered it.
 * An accepted correction amends the record; the correction keeps the values it replaced.
 */
@ApplicationScoped
@Transactional
public class ServiceRecordService {

    @Inject
    VolunteerAccess access;

    @Inject
    Outbox outbox;

    @Inject
    StarService stars;

    @Inject
    NetworkCalendar calendar;

    public Page<ServiceRecordView> list(UUID volunteerId, int limit, String cursor, CurrentUser caller) {
        Volunteer volunteer = access.asOwnerOrOffice(volunteerId, caller);
        List<ServiceRecord> rows;
        Cursor.Scope scope = Cursor.scope("service-records", volunteer.id);
        if (cursor == null) {
            rows = ServiceRecord.<ServiceRecord>find("volunteerId = ?1 order by date desc, id desc", volunteer.id)
                    .range(0, limit).list();
        } else {
            Cursor.Key after = Cursor.read(cursor, scope, 2);
            LocalDate afterDate = after.date(0);
            UUID afterId = after.uuid(1);
            rows = ServiceRecord.<ServiceRecord>find("volunteerId = ?1 and (date < ?2 or (date = ?2 and id < ?3)) "
                    + "order by date desc, id desc", volunteer.id, afterDate, afterId).range(0, limit).list();
        }
        Map<UUID, ServiceRecord> byId = rows.stream().collect(Collectors.toMap(r -> r.id, r -> r));
        Map<UUID, List<CorrectionView>> corrections = rows.isEmpty() ? Map.of()
                : RecordCorrection.<RecordCorrection>list("recordId in ?1 order by reportedAt", byId.keySet()).stream()
                        .collect(Collectors.groupingBy(c -> c.recordId, Collectors.mapping(
                                c -> CorrectionView.of(c, byId.get(c.recordId), volunteer.name), Collectors.toList())));
        return Page.of(rows, limit, r -> ServiceRecordView.of(r, corrections.getOrDefault(r.id, List.of())),
                r -> Cursor.encode(scope, r.date, r.id));
    }

    /**
     * Enters a correction of one of the volunteer's records, PENDING until decided. The volunteer enters it themself;
     * the office of their district (or the city) enters it on their behalf when they ask in person or by phone (a
     * volunteer without the app has no other way, Decree 67 Art. 13): the correction keeps who entered it
     * ({@code reportedBy}) and {@code onBehalf}. Anyone else: 403. Errors: 404 (no such record of this volunteer),
     * 400 naming hours or date, 422 (the day would pass 24 verified hours), 409 (a correction already pending).
     */
    public CorrectionView report(UUID volunteerId, UUID recordId, ReportRecordError request, CurrentUser caller) {
        Volunteer volunteer = access.asOwnerOrOffice(volunteerId, caller, "report an error in this volunteer's service record");
        ServiceRecord record = ServiceRecord.<ServiceRecord>findByIdOptional(recordId)
                .filter(r -> r.volunteerId.equals(volunteer.id))
                .orElseThrow(() -> ProblemException.notFound("service record of this volunteer", recordId));
        boolean changesHours = request.hours() != null && request.hours().compareTo(record.hours) != 0;
        boolean changesDate = request.date() != null && !request.date().equals(record.date);
        if (!changesHours && !changesDate) {
            throw ProblemException.invalid("hours", "a correction must propose hours or a date that differ from the record");
        }
        if (changesDate && !DailyHours.correctionDateAllowed(record.date, request.date(), calendar.today())) {
            throw ProblemException.invalid("date", "must lie between " + record.date.minusYears(1) + " (a year before the "
                    + "record's date) and today, " + calendar.today());
        }
        requireFitsTheDay(record, changesHours ? request.hours() : record.hours, changesDate ? request.date() : record.date,
                changesHours ? "hours" : "date");
        if (RecordCorrection.count("recordId = ?1 and status = ?2", record.id, CorrectionStatus.PENDING) > 0) {
            throw ProblemException.conflict("This record already has a correction waiting for a decision");
        }
        RecordCorrection correction = new RecordCorrection();
        correction.id = UUID.randomUUID();
        correction.recordId = record.id;
        correction.volunteerId = volunteer.id;
        correction.proposedHours = changesHours ? request.hours() : null;
        correction.proposedDate = changesDate ? request.date() : null;
        correction.reason = request.reason().strip();
        correction.status = CorrectionStatus.PENDING;
        correction.previousHours = record.hours;
        correction.previousDate = record.date;
        correction.reportedAt = NetworkClock.now();
        correction.reportedBy = caller.subject();
        correction.onBehalf = !VolunteerAccess.isOwner(volunteer, caller);
        correction.persist();
        return CorrectionView.of(correction, record, volunteer.name);
    }

    /**
     * A record with {@code hours} on {@code date} keeps the volunteer's verified hours of that day within 24
     * (the record's own current hours are not counted twice); else 422 naming {@code field}.
     */
    private static void requireFitsTheDay(ServiceRecord record, BigDecimal hours, LocalDate date, String field) {
        Volunteer.findById(record.volunteerId, LockModeType.PESSIMISTIC_WRITE); // one day's sum at a time per volunteer
        BigDecimal others = ServiceRecord.hoursOn(record.volunteerId, date, record.id);
        if (!DailyHours.fits(hours, others)) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED, field + " would bring the verified "
                    + "hours of " + date + " to " + others.add(hours).toPlainString() + "; a day holds at most 24 ("
                    + DailyHours.left(others).toPlainString() + " left)",
                    List.of(new org.volunteernet.common.problem.Problem.FieldError(field,
                            "a day holds at most 24 verified hours; " + DailyHours.left(others).toPlainString() + " left on " + date)));
        }
    }

    /**
     * Four eyes: whoever entered a correction (the volunteer, or the office account that entered it on their
     * behalf) never decides it, nor does the volunteer whose record it is; 403 {@code four-eyes}, so that one office
     * account cannot both enter and accept a change of someone's certified hours.
     */
    private void requireFourEyes(RecordCorrection correction, CurrentUser caller) {
        if (correction.reportedBy.equals(caller.subject())) {
            throw new ProblemException(ProblemKind.FOUR_EYES,
                    "You entered this correction; another organizer or office account decides it (four eyes)", List.of());
        }
        if (VolunteerAccess.isOwner(access.find(correction.volunteerId), caller)) {
            throw new ProblemException(ProblemKind.FOUR_EYES,
                    "This is your own service record; another organizer or office account decides its corrections (four eyes)",
                    List.of());
        }
    }

    /**
     * The corrections the caller decides ({@link CorrectionDeciders}: an organizer those of records of activities
     * they recorded, a district office those of its district, the city every district's), oldest reported first,
     * optionally of one {@code status} and of records of one {@code district} (null: all). Four eyes: those the caller entered, and those of the caller's own records, are
     * not listed (they may not decide them). Another district's office and another organizer see none. The cursor
     * is bound to the caller and the filters (400 naming cursor otherwise).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CorrectionView> toDecide(CorrectionStatus status, String district, int limit, String cursor, CurrentUser caller) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder query = new StringBuilder("from RecordCorrection c where c.recordId in (select r.id from "
                + "ServiceRecord r where " + CorrectionDeciders.of(caller).condition(params));
        if (district != null) {
            query.append(" and r.district = :inDistrict");
            params.put("inDistrict", district);
        }
        query.append(") and c.reportedBy <> :me");
        params.put("me", caller.subject());
        Volunteer.findBySubject(caller.subject()).ifPresent(own -> {
            query.append(" and c.volunteerId <> :ownVolunteer");
            params.put("ownVolunteer", own.id);
        });
        if (status != null) {
            query.append(" and c.status = :status");
            params.put("status", status);
        }
        Cursor.Scope scope = Cursor.scope("corrections-to-decide", caller.subject(), status, district);
        Cursor.after(cursor, scope, "c.reportedAt", "c.id", query, params);
        List<RecordCorrection> rows = RecordCorrection.<RecordCorrection>find(query.append(" order by c.reportedAt, c.id")
                .toString(), params).range(0, limit).list();
        Map<UUID, CorrectionView> views = views(rows);
        return Page.of(rows, limit, c -> views.get(c.id), c -> Cursor.encode(scope, c.reportedAt, c.id));
    }

    /** Each of {@code corrections} with its record and volunteer, read in two queries rather than two per row. */
    private static Map<UUID, CorrectionView> views(List<RecordCorrection> corrections) {
        if (corrections.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ServiceRecord> records = ServiceRecord.<ServiceRecord>list("id in ?1",
                corrections.stream().map(c -> c.recordId).distinct().toList()).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r));
        Map<UUID, String> names = Volunteer.<Volunteer>list("id in ?1",
                corrections.stream().map(c -> c.volunteerId).distinct().toList()).stream()
                .collect(Collectors.toMap(v -> v.id, v -> v.name));
        Map<UUID, CorrectionView> views = new HashMap<>();
        corrections.forEach(c -> views.put(c.id, CorrectionView.of(c, records.get(c.recordId), names.get(c.volunteerId))));
        return views;
    }

    /**
     * One correction with its record, for whoever may see it: those who decide it ({@link CorrectionDeciders}, the
     * list's rule), whoever entered it and the volunteer whose record it is. Anyone else: 404, as for an unknown id,
     * so that ids reveal nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CorrectionView correction(UUID correctionId, CurrentUser caller) {
        RecordCorrection correction = RecordCorrection.<RecordCorrection>findByIdOptional(correctionId)
                .orElseThrow(() -> ProblemException.notFound("correction", correctionId));
        ServiceRecord record = ServiceRecord.findById(correction.recordId);
        Volunteer volunteer = access.find(correction.volunteerId);
        if (!CorrectionDeciders.of(caller).decide(record) && !correction.reportedBy.equals(caller.subject())
                && !VolunteerAccess.isOwner(volunteer, caller)) {
            throw ProblemException.notFound("correction", correctionId);
        }
        return CorrectionView.of(correction, record, volunteer.name);
    }

    public CorrectionView decide(UUID correctionId, DecideCorrection decision, CurrentUser caller) {
        RecordCorrection correction = RecordCorrection.<RecordCorrection>findByIdOptional(correctionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("correction", correctionId));
        ServiceRecord record = ServiceRecord.findById(correction.recordId, LockModeType.PESSIMISTIC_WRITE);
        if (!CorrectionDeciders.of(caller).decide(record)) {
            // another district's correction reads like an unknown id; one of the caller's district is theirs to know
            throw ProblemException.refused(caller.mayActIn(record.district), "correction", correctionId,
                    "Only the organizer who recorded the activity, its district office or the city decides");
        }
        requireFourEyes(correction, caller);
        Volunteer volunteer = access.find(record.volunteerId);
        if (correction.status != CorrectionStatus.PENDING) {
            throw ProblemException.conflict("This correction was already " + correction.status.name().toLowerCase());
        }
        Instant now = NetworkClock.now();
        correction.status = decision.accepted() ? CorrectionStatus.ACCEPTED : CorrectionStatus.REJECTED;
        correction.decidedBy = caller.subject();
        correction.decisionReason = decision.reason().strip();
        correction.decidedAt = now;
        if (decision.accepted()) {
            requireFitsTheDay(record, correction.proposedHours != null ? correction.proposedHours : record.hours,
                    correction.proposedDate != null ? correction.proposedDate : record.date,
                    correction.proposedHours != null ? "hours" : "date");
            if (correction.proposedHours != null) {
                record.hours = correction.proposedHours;
            }
            if (correction.proposedDate != null) {
                record.date = correction.proposedDate;
            }
            outbox.publish(new ServiceRecordCorrected(record.id, correction.id, volunteer.id, record.district, record.date,
                    correction.previousHours, record.hours, now, correction.proposedDate != null ? correction.previousDate : null));
            stars.recount(volunteer);
        } else {
            // the volunteer learns of it (notification inbox); the reason stays with the correction
            outbox.publish(new ServiceRecordCorrectionRejected(record.id, correction.id, record.volunteerId, record.district, now));
        }
        return CorrectionView.of(correction, record, volunteer.name);
    }
}
