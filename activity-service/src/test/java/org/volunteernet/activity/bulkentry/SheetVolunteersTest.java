package org.volunteernet.activity.bulkentry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.bulkentry.service.ParticipantSheet;
import org.volunteernet.activity.bulkentry.service.SheetVolunteers;
import org.volunteernet.activity.directory.service.VolunteerDirectory;
import org.volunteernet.common.problem.Problem;

/** Which volunteer each row names, by volunteer number or ID number: hand-worked sheets and directory answers, no Quarkus. */
class SheetVolunteersTest {

    static final String XIANGFANG = "230110";
    static final UUID ZHANG = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID LI = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID WANG = UUID.fromString("00000000-0000-0000-0000-000000000003"); // of Daoli
    static final String LI_ID = "230110199003051236";
    static final String WANG_ID = "230102198507141238";

    static ParticipantSheet.Row row(int line, String number, String idNumber) {
        return new ParticipantSheet.Row(line, number, idNumber, "2", null);
    }

    @Test
    void theQuestionAsksEachNumberOnceAndTheIdNumbersThatLookLikeOneInRowOrder() {
        List<ParticipantSheet.Row> rows = List.of(row(2, "V1", null), row(3, null, LI_ID), row(4, "V1", "12"),
                row(5, null, WANG_ID), row(6, "x".repeat(65), null));
        VolunteerDirectory.Query question = SheetVolunteers.question(rows);
        assertThat(question.volunteerIds()).isEmpty();
        assertThat(question.volunteerNumbers()).containsExactly("V1");
        assertThat(question.idNumbers()).containsExactly(LI_ID, WANG_ID);
    }

    @Test
    void aVolunteerOfAnotherDistrictIsTakenWhenHoldingAConfirmedSeatAndReadsAsNobodyOtherwise() {
        List<ParticipantSheet.Row> rows = List.of(row(2, "V0003", null), row(3, null, WANG_ID));
        VolunteerDirectory.Answer answer = new VolunteerDirectory.Answer(List.of(
                new VolunteerDirectory.Entry(WANG, "230102", "王芳", "V0003")), Map.of(0, WANG));
        assertThat(SheetVolunteers.resolve(List.of(rows.get(0)), XIANGFANG, java.util.Set.of(WANG), answer).volunteerOfLine())
                .containsExactlyEntriesOf(Map.of(2, WANG));
        assertThat(SheetVolunteers.resolve(List.of(rows.get(1)), XIANGFANG, java.util.Set.of(WANG), answer).volunteerOfLine())
                .containsExactlyEntriesOf(Map.of(3, WANG));
        assertThat(SheetVolunteers.resolve(rows.subList(0, 1), XIANGFANG, java.util.Set.of(), answer).errors())
                .containsExactly(new Problem.FieldError("rows[2].volunteerNumber", "is not a registered volunteer of district 230110"));
    }

    @Test
    void rowsResolveByEitherKeyAndEveryProblemNamesItsRowWithoutRepeatingAnIdNumber() {
        List<ParticipantSheet.Row> rows = List.of(
                row(3, "v0001 ", null),          // Zhang by number (case, spaces ignored)
                row(4, null, LI_ID),             // Li by ID number
                row(5, null, WANG_ID),           // Wang: another district, read as nobody
                row(6, "V0001", null),           // Zhang again
                row(7, null, null),              // neither key
                row(8, null, "2301-1019"),       // not an ID number
                row(9, "V0001", LI_ID),          // both keys, two people
                row(10, "V0002", LI_ID),         // both keys, the same person: Li, but already in row 4
                row(11, null, "110101199001011237"), // nobody
                row(12, "V9999", null));         // nobody
        // positions of the ID numbers that look like one: 0 Li, 1 Wang, 2 Li, 3 Li, 4 nobody
        VolunteerDirectory.Answer answer = new VolunteerDirectory.Answer(List.of(
                new VolunteerDirectory.Entry(ZHANG, XIANGFANG, "张伟", "V0001"),
                new VolunteerDirectory.Entry(LI, XIANGFANG, "李娜", "V0002"),
                new VolunteerDirectory.Entry(WANG, "230102", "王芳", "V0003")),
                Map.of(0, LI, 1, WANG, 2, LI, 3, LI));

        SheetVolunteers.Resolution resolution = SheetVolunteers.resolve(rows, XIANGFANG, java.util.Set.of(), answer);

        assertThat(resolution.volunteerOfLine()).containsExactlyInAnyOrderEntriesOf(Map.of(3, ZHANG, 4, LI));
        assertThat(resolution.errors()).containsExactly(
                new Problem.FieldError("rows[5].idNumber", "is not the ID number of a registered volunteer of district 230110"),
                new Problem.FieldError("rows[6].volunteerNumber", "names a volunteer already listed in row 3"),
                new Problem.FieldError("rows[7].volunteerNumber", "is required: give the volunteer number or the ID number"),
                new Problem.FieldError("rows[8].idNumber", "is not an ID number (5 to 32 letters and digits)"),
                new Problem.FieldError("rows[9].idNumber", "belongs to another volunteer than the volunteer number of this row"),
                new Problem.FieldError("rows[10].volunteerNumber", "names a volunteer already listed in row 4"),
                new Problem.FieldError("rows[11].idNumber", "is not the ID number of a registered volunteer of district 230110"),
                new Problem.FieldError("rows[12].volunteerNumber", "is not a registered volunteer of district 230110"));
        assertThat(resolution.errors().toString()).doesNotContain(LI_ID).doesNotContain(WANG_ID)
                .doesNotContain("110101199001011237").doesNotContain("19900305");
    }
}
