package org.volunteernet.activity.bulkentry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.volunteernet.activity.completion.service.CompletionService;
import org.volunteernet.activity.directory.service.DirectoryUnavailableException;
import org.volunteernet.activity.directory.service.VolunteerDirectory;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.rest.RequestText;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.validation.ServiceHours;
import org.volunteernet.common.validation.ServiceHoursValidator;
import org.volunteernet.events.ActivityCompleted;

/**
 * Bulk entry of one occurrence's participants and hours from a spreadsheet (paper sign-in sheets), each
 * row keyed by unified volunteer number or by ID number. Who the rows are comes from volunteer-service's
 * directory ({@link SheetVolunteers}; ID numbers through its blind index), asked once per sheet before any
 * row lock is taken; while it does not answer, 503 problem+json and nothing recorded. Every row is checked
 * before anything is written: any problem answers 422 with every offending row and column
 * ({@code rows[N].volunteerNumber}, {@code rows[N].idNumber}, {@code rows[N].hours}, {@code rows[N].reason};
 * never repeating an ID number) and nothing is recorded. A valid sheet takes the completion path of the API
 * ({@link CompletionService#record}: walk-ins, the back-entry limit, the late flag of Decree 67 Art. 11,
 * ActivityCompleted). Uploading the same sheet again, once recorded, changes and publishes nothing.
 */
@ApplicationScoped
public class BulkEntryService {


    @Inject
    CompletionService completions;

    @Inject
    VolunteerDirectory directory;

    @Inject
    BulkEntryService self; // the transactional steps go through the interceptor

    /** Not transactional itself: the directory question is asked between the two transactional steps. */
    public BulkEntryResult upload(UUID occurrenceId, byte[] file, CurrentUser caller) {
        Recording recording = self.recording(occurrenceId, caller);
        List<ParticipantSheet.Row> rows = ParticipantSheet.parse(file);
        SheetVolunteers.Resolution resolution = SheetVolunteers.resolve(rows, recording.district(), recording.confirmed(),
                ask(SheetVolunteers.question(rows)));
        return self.record(occurrenceId, rows, resolution, caller);
    }

    /** The activity's district and the volunteers holding a confirmed seat at the occurrence. */
    public record Recording(String district, Set<UUID> confirmed) {
    }

    /** Who a sheet may name, once the caller may record the occurrence (404, 403). */
    @Transactional
    public Recording recording(UUID occurrenceId, CurrentUser caller) {
        return new Recording(recordedActivity(occurrenceId, caller).district, Set.copyOf(confirmedSeatsOf(occurrenceId)));
    }

    /** The occurrence's activity, once the caller may record the occurrence (404, 403). */
    private static Activity recordedActivity(UUID occurrenceId, CurrentUser caller) {
        Occurrence occurrence = Occurrence.<Occurrence>findByIdOptional(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Activity activity = Activity.findById(occurrence.activityId);
        CompletionService.requireRecorder(activity, occurrenceId, caller);
        return activity;
    }

    private static List<UUID> confirmedSeatsOf(UUID occurrenceId) {
        return Signup.<Signup>list("occurrenceId = ?1 and status = ?2 order by position", occurrenceId, SignupStatus.CONFIRMED)
                .stream().map(s -> s.volunteerId).toList();
    }

    @Transactional
    public BulkEntryResult record(UUID occurrenceId, List<ParticipantSheet.Row> rows, SheetVolunteers.Resolution resolution,
            CurrentUser caller) {
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Activity activity = Activity.findById(occurrence.activityId);
        CompletionService.requireRecorder(activity, occurrenceId, caller);

        List<Problem.FieldError> errors = new ArrayList<>(resolution.errors());
        List<Object[]> valid = new ArrayList<>(); // row, volunteer id, hours
        for (ParticipantSheet.Row row : rows) {
            UUID volunteer = resolution.volunteerOfLine().get(row.line());
            BigDecimal hours = hours(row, errors);
            reasonProblem(row.reason()).ifPresent(problem -> errors.add(ParticipantSheet.error(row, "reason", problem)));
            if (volunteer != null && hours != null) {
                valid.add(new Object[] {row, volunteer, hours});
            }
        }
        errors.sort(java.util.Comparator.comparingInt(SheetVolunteers::lineOf));

        if (occurrence.status == OccurrenceStatus.COMPLETED && errors.isEmpty()) {
            return sameAsRecorded(occurrence, valid);
        }
        completions.requireClosable(occurrence);
        List<ActivityCompleted.Participant> participants = new ArrayList<>();
        for (Object[] v : valid) {
            ParticipantSheet.Row row = (ParticipantSheet.Row) v[0];
            try {
                participants.add(completions.participant(occurrence, activity, (UUID) v[1],
                        (BigDecimal) v[2], row.reason(), "rows[" + row.line() + "]"));
            } catch (ProblemException e) {
                errors.addAll(e.toProblem().errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED, errors.size() + " problem(s) in the sheet; fix them and upload it again", errors);
        }
        ActivityCompleted completed = completions.record(occurrence, activity, participants, caller.subject());
        return new BulkEntryResult(occurrenceId, rows.size(),
                (int) participants.stream().filter(ActivityCompleted.Participant::walkIn).count(),
                completed.late(), completed.recordDeadline(), false);
    }

    private VolunteerDirectory.Answer ask(VolunteerDirectory.Query question) {
        try {
            return directory.lookUp(question);
        } catch (DirectoryUnavailableException e) {
            throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE, "The volunteers of the sheet cannot be looked up in "
                    + "volunteer-service at the moment; nothing was recorded, upload the sheet again shortly", List.of());
        }
    }

    /** The same sheet again: unchanged when it names exactly the recorded participants and hours, else 409. */
    private BulkEntryResult sameAsRecorded(Occurrence occurrence, List<Object[]> rows) {
        Map<UUID, BigDecimal> recorded = new HashMap<>();
        int walkIns = 0;
        for (Signup s : Signup.<Signup>list("occurrenceId = ?1 and hours is not null", occurrence.id)) {
            recorded.put(s.volunteerId, s.hours);
            walkIns += s.status == SignupStatus.WALK_IN ? 1 : 0;
        }
        boolean same = recorded.size() == rows.size() && rows.stream().allMatch(v -> {
            BigDecimal hours = recorded.get((UUID) v[1]);
            return hours != null && hours.compareTo((BigDecimal) v[2]) == 0;
        });
        if (!same) {
            throw ProblemException.conflict("This occurrence is already completed with other participants or hours; "
                    + "a recorded service record is corrected through a correction, not a new sheet");
        }
        return new BulkEntryResult(occurrence.id, rows.size(), walkIns, occurrence.recordedLate,
                completions.deadlineOf(occurrence), true);
    }

    private static final java.util.regex.Pattern ASCII_DECIMAL = java.util.regex.Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");

    private static BigDecimal hours(ParticipantSheet.Row row, List<Problem.FieldError> errors) {
        if (row.hours() == null) {
            errors.add(ParticipantSheet.error(row, "hours", "is required"));
            return null;
        }
        BigDecimal hours;
        try {
            // ASCII digits only, as in every number the services read: BigDecimal would take ０.５ and ١.٥
            if (!ASCII_DECIMAL.matcher(row.hours()).matches()) {
                throw new NumberFormatException(row.hours());
            }
            hours = new BigDecimal(row.hours());
        } catch (NumberFormatException e) {
            errors.add(ParticipantSheet.error(row, "hours", "must be a number of hours such as 2.5"));
            return null;
        }
        if (!ServiceHoursValidator.holds(hours)) {
            errors.add(ParticipantSheet.error(row, "hours", ServiceHours.MESSAGE));
            return null;
        }
        return hours;
    }

    /** Template rows: the volunteers of the confirmed seats in arrival order, with number and name from the directory (503 while it is unavailable). */
    public List<ParticipantSheet.TemplateLine> templateLines(UUID occurrenceId, CurrentUser caller) {
        List<UUID> seated = self.confirmedSeats(occurrenceId, caller);
        if (seated.isEmpty()) {
            return List.of();
        }
        Map<UUID, VolunteerDirectory.Entry> known = ask(VolunteerDirectory.Query.ofIds(seated)).byId();
        return seated.stream().map(known::get).filter(v -> v != null)
                .map(v -> new ParticipantSheet.TemplateLine(v.volunteerNumber(), v.name())).toList();
    }

    /** The volunteers holding a confirmed seat, in arrival order, once the caller may record the occurrence. */
    @Transactional
    public List<UUID> confirmedSeats(UUID occurrenceId, CurrentUser caller) {
        recordedActivity(occurrenceId, caller);
        return confirmedSeatsOf(occurrenceId);
    }

    /**
     * Why a sheet's reason cell is refused: the floor of every request text ({@link RequestText}: no control,
     * bidirectional control or unpaired surrogate), on one line, at most 500 characters.
     */
    static Optional<String> reasonProblem(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        if (reason.length() > 500) {
            return Optional.of("must be at most 500 characters");
        }
        return RequestText.problemIn(reason).or(() -> reason.chars().anyMatch(Character::isISOControl)
                ? Optional.of("must be one line (no tab or line break)") : Optional.empty());
    }
}
