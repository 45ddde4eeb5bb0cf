package org.volunteernet.activity.bulkentry.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.volunteernet.activity.directory.service.VolunteerDirectory;
import org.volunteernet.common.problem.Problem;

/**
 * Which volunteer each row of a participant sheet names, by volunteer number or by ID number, as the volunteer
 * directory knows them, and the rows that name nobody of the activity's district. Pure: the directory's answer
 * comes in, so hand-worked unit tests cover every rule.
 *
 * <p>Rules, each a problem naming {@code rows[N].volunteerNumber} or {@code rows[N].idNumber}: a row gives one of
 * the two (or both, naming the same volunteer); the volunteer must be registered in the activity's district or hold
 * a confirmed seat at the occurrence, as the completion API takes them (the template lists every confirmed seat, so
 * it uploads back as it came); otherwise a volunteer of another district and nobody at all read alike, so the
 * report tells nothing about other districts;
 * an ID number must look like one (5 to 32 letters and digits); no volunteer twice. No message repeats an ID
 * number, not even in part.
 */
public final class SheetVolunteers {

    private SheetVolunteers() {
    }

    /**
     * The directory question for these rows: their distinct volunteer numbers (at most 64 characters; longer ones
     * name nobody), and in row order every ID number that looks like one ({@link #looksLikeIdNumber}).
     */
    public static VolunteerDirectory.Query question(List<ParticipantSheet.Row> rows) {
        List<String> numbers = rows.stream().map(ParticipantSheet.Row::volunteerNumber)
                .filter(n -> n != null && n.length() <= 64).distinct().toList();
        List<String> idNumbers = rows.stream().map(ParticipantSheet.Row::idNumber).filter(SheetVolunteers::looksLikeIdNumber).toList();
        return new VolunteerDirectory.Query(List.of(), numbers, idNumbers);
    }

    /** 5 to 32 letters and digits, as volunteer-service keeps ID numbers of every kind. */
    static boolean looksLikeIdNumber(String idNumber) {
        return idNumber != null && idNumber.strip().matches("[A-Za-z0-9]{5,32}");
    }

    /** Each row's volunteer (absent for a row with a problem), and the problems. */
    public record Resolution(Map<Integer, UUID> volunteerOfLine, List<Problem.FieldError> errors) {
    }

    /**
     * @param confirmed the volunteers holding a confirmed seat at the occurrence, who may come from any district
     */
    public static Resolution resolve(List<ParticipantSheet.Row> rows, String district, Set<UUID> confirmed,
            VolunteerDirectory.Answer answer) {
        Predicate<VolunteerDirectory.Entry> mayTakePart = v -> v.district().equals(district) || confirmed.contains(v.volunteerId());
        Map<Integer, UUID> volunteerOfLine = new HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<UUID, Integer> lineOfVolunteer = new HashMap<>();
        int idNumberPosition = 0;
        for (ParticipantSheet.Row row : rows) {
            Optional<VolunteerDirectory.Entry> byNumber = Optional.empty();
            Optional<VolunteerDirectory.Entry> byIdNumber = Optional.empty();
            boolean ok = true;
            if (row.volunteerNumber() == null && row.idNumber() == null) {
                errors.add(ParticipantSheet.error(row, "volunteerNumber", "is required: give the volunteer number or the ID number"));
                continue;
            }
            if (row.volunteerNumber() != null) {
                byNumber = answer.byNumber(row.volunteerNumber()).filter(mayTakePart);
                if (byNumber.isEmpty()) {
                    errors.add(ParticipantSheet.error(row, "volunteerNumber", "is not a registered volunteer of district " + district));
                    ok = false;
                }
            }
            if (row.idNumber() != null) {
                if (!looksLikeIdNumber(row.idNumber())) {
                    errors.add(ParticipantSheet.error(row, "idNumber", "is not an ID number (5 to 32 letters and digits)"));
                    ok = false;
                } else {
                    byIdNumber = answer.byIdNumberAt(idNumberPosition++).filter(mayTakePart);
                    if (byIdNumber.isEmpty()) {
                        errors.add(ParticipantSheet.error(row, "idNumber", "is not the ID number of a registered volunteer of district "
                                + district));
                        ok = false;
                    }
                }
            }
            if (!ok) {
                continue;
            }
            if (byNumber.isPresent() && byIdNumber.isPresent()
                    && !byNumber.get().volunteerId().equals(byIdNumber.get().volunteerId())) {
                errors.add(ParticipantSheet.error(row, "idNumber", "belongs to another volunteer than the volunteer number of this row"));
                continue;
            }
            UUID volunteer = (byNumber.isPresent() ? byNumber : byIdNumber).orElseThrow().volunteerId();
            Integer earlier = lineOfVolunteer.putIfAbsent(volunteer, row.line());
            if (earlier != null) {
                errors.add(ParticipantSheet.error(row, row.volunteerNumber() != null ? "volunteerNumber" : "idNumber",
                        "names a volunteer already listed in row " + earlier));
                continue;
            }
            volunteerOfLine.put(row.line(), volunteer);
        }
        return new Resolution(volunteerOfLine, errors);
    }

    /** The row a problem names ({@code rows[N].x}), so that the report reads in file order. */
    static int lineOf(Problem.FieldError error) {
        String field = error.field();
        return field.startsWith("rows[") ? Integer.parseInt(field.substring(5, field.indexOf(']'))) : 0;
    }
}
