package org.volunteernet.volunteer.deed.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DeedWithdrawn;
import org.volunteernet.volunteer.deed.domain.Deed;
import org.volunteernet.volunteer.deed.domain.DeedDayTotal;
import org.volunteernet.volunteer.deed.domain.DeedSource;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.service.VolunteerAccess;

/** Records deeds, self-reported or witnessed, each with its DeedRecorded event in the same transaction. */
@ApplicationScoped
@Transactional
public class DeedRecorder {

    /** How far back a witness may record a deed. */
    static final int WITNESS_DAYS_BACK = 366;

    @Inject
    Outbox outbox;

    @Inject
    VolunteerAccess access;

    @Inject
    NetworkCalendar calendar;

    /**
     * Records a deed. A day's standing deeds (self-reported and witnessed) total at most
     * {@link Deed#MAX_MINUTES_A_DAY} minutes: more is a 422 naming {@code deed.minutesField()}. The day's total is
     * a counter row ({@link DeedDayTotal}) that the same statement adds to and locks, so concurrent writes cannot
     * both see room, and a refused deed's minutes roll back with its transaction.
     */
    public Deed record(Volunteer volunteer, RecordDeed command) {
        LocalDate date = command.date();
        int total = DeedDayTotal.add(volunteer.id, date, command.minutes());
        if (total > Deed.MAX_MINUTES_A_DAY) {
            int already = total - command.minutes();
            String message = "a day's deeds total at most " + Deed.MAX_MINUTES_A_DAY + " minutes; " + date + " has "
                    + already + " already (" + Math.max(0, Deed.MAX_MINUTES_A_DAY - already) + " left)";
            throw new ProblemException(ProblemKind.RULE_VIOLATED, command.minutesField() + ": " + message,
                    List.of(new Problem.FieldError(command.minutesField(), message)));
        }
        Deed deed = new Deed();
        deed.id = UUID.randomUUID();
        deed.volunteerId = volunteer.id;
        deed.entryId = command.entryId();
        deed.date = date;
        deed.category = command.category();
        deed.description = command.description().strip();
        deed.minutes = command.minutes();
        deed.atPost = command.atPost();
        deed.verified = command.source().verified();
        deed.recordedBy = command.recordedBy();
        deed.recordedAt = NetworkClock.now();
        deed.persist();
        outbox.publish(new DeedRecorded(deed.id, volunteer.id, volunteer.district, date, deed.category, deed.minutes,
                deed.atPost, deed.verified, volunteer.workUnitId, deed.recordedAt));
        return deed;
    }

    /** A deed an organizer or the district office witnessed, for a volunteer of their district. */
    public Deed witness(WitnessDeed request, CurrentUser caller) {
        Volunteer volunteer = access.asWitness(request.volunteerId(), caller);
        LocalDate today = calendar.today();
        if (request.date().isAfter(today)) {
            throw ProblemException.invalid("date", "must not be in the future");
        }
        if (request.date().isBefore(today.minusDays(WITNESS_DAYS_BACK))) {
            throw ProblemException.invalid("date", "must be within the last " + WITNESS_DAYS_BACK + " days");
        }
        boolean atPost = request.atPost() != null ? request.atPost() : "AT_POST".equals(request.category());
        return record(volunteer, new RecordDeed(null, request.date(), request.category(), request.description(),
                request.minutes(), atPost, DeedSource.WITNESSED, caller.subject(), "minutes"));
    }

    /**
     * Withdraws a self-reported deed of an entry: it stays stored, marked withdrawn, and DeedWithdrawn is
     * published in the same transaction so projections subtract it. The caller checks who may.
     */
    public void withdraw(Volunteer volunteer, Deed deed) {
        deed.withdrawnAt = NetworkClock.now();
        DeedDayTotal.subtract(volunteer.id, deed.date, deed.minutes);
        outbox.publish(new DeedWithdrawn(deed.id, volunteer.id, volunteer.district, deed.date, deed.category, deed.minutes,
                deed.atPost, deed.verified, volunteer.workUnitId, deed.withdrawnAt));
    }

    /**
     * A standing deed as {@code caller} may read it: a witnessed deed to its volunteer, an organizer or office of the
     * volunteer's district and the city; a self-reported one, part of the personal diary, to its volunteer alone. A
     * withdrawn deed, an unknown id and a deed the caller may not read are the same 404 ("No deed with id ..."), so
     * that nobody learns that another district's deed exists.
     */
    public Deed visible(UUID id, CurrentUser caller) {
        ProblemException unknown = ProblemException.notFound("deed", id);
        Deed deed = Deed.<Deed>findByIdOptional(id).filter(d -> d.withdrawnAt == null).orElseThrow(() -> unknown);
        Volunteer volunteer = Volunteer.<Volunteer>findByIdOptional(deed.volunteerId).orElseThrow(() -> unknown);
        boolean witnessOrOffice = deed.verified && (caller.isCityWide()
                || caller.actsIn(volunteer.district, Roles.ORGANIZER, Roles.DISTRICT_ADMIN));
        if (!VolunteerAccess.isOwner(volunteer, caller) && !witnessOrOffice) {
            throw unknown;
        }
        return deed;
    }

    public List<Deed> ofEntry(UUID entryId) {
        return Deed.ofEntry(entryId);
    }
}
