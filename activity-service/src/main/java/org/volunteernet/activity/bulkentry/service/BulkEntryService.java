package org.volunteernet.activity.bulkentry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.activity.completion.service.CompletionService;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.events.ActivityCompleted;

/**
 * Bulk entry of one occurrence's participants and hours from a spreadsheet (paper sign-in sheets),
 * keyed by unified volunteer number. Every row is checked before anything is written: any problem
 * answers 422 with every offending row and column ({@code rows[N].volunteerNumber}, {@code rows[N].hours},
 * {@code rows[N].reason}) and nothing is recorded. A valid sheet takes the completion path of the API
 * ({@link CompletionService#record}: walk-ins, the back-entry limit, the late flag of Decree 67 Art. 11,
 * ActivityCompleted). Uploading the same sheet again, once recorded, changes and publishes nothing.
 */
@ApplicationScoped
@Transactional
public class BulkEntryService {

    static final BigDecimal MAX_HOURS = new BigDecimal("24");

    @Inject
    CompletionService completions;

    public BulkEntryResult upload(UUID occurrenceId, byte[] file, CurrentUser caller) {
        Occurrence occurrence = Occurrence.locked(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        Activity activity = Activity.findById(occurrence.activityId);
        CompletionService.requireRecorder(activity, caller);
        List<ParticipantSheet.Row> rows = ParticipantSheet.parse(file);

        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> rowOfNumber = new HashMap<>();
        List<Object[]> valid = new ArrayList<>(); // row, volunteer, hours
        for (ParticipantSheet.Row row : rows) {
            KnownVolunteer volunteer = null;
            if (row.volunteerNumber() == null) {
                errors.add(ParticipantSheet.error(row, "volunteerNumber", "is required"));
            } else if (rowOfNumber.putIfAbsent(row.volunteerNumber(), row.line()) != null) {
                errors.add(ParticipantSheet.error(row, "volunteerNumber", "is listed twice (also in row "
                        + rowOfNumber.get(row.volunteerNumber()) + ")"));
            } else {
                volunteer = KnownVolunteer.byNumber(row.volunteerNumber()).filter(v -> v.district.equals(activity.district))
                        .orElse(null);
                if (volunteer == null) {
                    errors.add(ParticipantSheet.error(row, "volunteerNumber", "is not a registered volunteer of district "
                            + activity.district));
                }
            }
            BigDecimal hours = hours(row, errors);
            if (row.reason() != null && (row.reason().length() > 500 || row.reason().chars().anyMatch(Character::isISOControl))) {
                errors.add(ParticipantSheet.error(row, "reason", "must be at most 500 characters without control characters"));
            }
            if (volunteer != null && hours != null) {
                valid.add(new Object[] {row, volunteer, hours});
            }
        }

        if (occurrence.status == OccurrenceStatus.COMPLETED && errors.isEmpty()) {
            return sameAsRecorded(occurrence, valid);
        }
        completions.requireClosable(occurrence);
        List<ActivityCompleted.Participant> participants = new ArrayList<>();
        for (Object[] v : valid) {
            ParticipantSheet.Row row = (ParticipantSheet.Row) v[0];
            try {
                participants.add(completions.participant(occurrence, activity, ((KnownVolunteer) v[1]).volunteerId,
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

    /** The same sheet again: unchanged when it names exactly the recorded participants and hours, else 409. */
    private BulkEntryResult sameAsRecorded(Occurrence occurrence, List<Object[]> rows) {
        Map<UUID, BigDecimal> recorded = new HashMap<>();
        int walkIns = 0;
        for (Signup s : Signup.<Signup>list("occurrenceId = ?1 and hours is not null", occurrence.id)) {
            recorded.put(s.volunteerId, s.hours);
            walkIns += s.status == SignupStatus.WALK_IN ? 1 : 0;
        }
        boolean same = recorded.size() == rows.size() && rows.stream().allMatch(v -> {
            BigDecimal hours = recorded.get(((KnownVolunteer) v[1]).volunteerId);
            return hours != null && hours.compareTo((BigDecimal) v[2]) == 0;
        });
        if (!same) {
            throw ProblemException.conflict("This occurrence is already completed with other participants or hours; "
                    + "a recorded service record is corrected through a correction, not a new sheet");
        }
        return new BulkEntryResult(occurrence.id, rows.size(), walkIns, occurrence.recordedLate,
                completions.deadlineOf(occurrence), true);
    }

    private static BigDecimal hours(ParticipantSheet.Row row, List<Problem.FieldError> errors) {
        if (row.hours() == null) {
            errors.add(ParticipantSheet.error(row, "hours", "is required"));
            return null;
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(row.hours());
        } catch (NumberFormatException e) {
            errors.add(ParticipantSheet.error(row, "hours", "must be a number of hours such as 2.5"));
            return null;
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 2) {
            errors.add(ParticipantSheet.error(row, "hours", "must be more than 0 and at most 24, with at most 2 decimals"));
            return null;
        }
        return hours;
    }

    /** Template rows: the volunteer numbers of the confirmed seats, in arrival order. */
    public List<String> templateNumbers(UUID occurrenceId, CurrentUser caller) {
        Occurrence occurrence = Occurrence.<Occurrence>findByIdOptional(occurrenceId)
                .orElseThrow(() -> ProblemException.notFound("occurrence", occurrenceId));
        CompletionService.requireRecorder(Activity.findById(occurrence.activityId), caller);
        List<String> numbers = new ArrayList<>();
        for (Signup s : Signup.<Signup>list("occurrenceId = ?1 and status = ?2 order by position", occurrenceId,
                SignupStatus.CONFIRMED)) {
            KnownVolunteer.<KnownVolunteer>findByIdOptional(s.volunteerId).map(v -> v.volunteerNumber)
                    .ifPresent(numbers::add);
        }
        return numbers;
    }
}
