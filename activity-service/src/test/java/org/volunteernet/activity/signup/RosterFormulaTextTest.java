package org.volunteernet.activity.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.bulkentry.service.ParticipantSheet;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.rest.RosterCsv;
import org.volunteernet.activity.signup.rest.RosterEntry;
import org.volunteernet.activity.signup.rest.RosterXlsx;

/**
 * F1 (OWASP "CSV Injection"), without Quarkus: text that a spreadsheet would take for a formula is neutralised in
 * every spreadsheet activity-service writes. The directory's names never start so (names are letters only), so
 * these lines are written by hand: CSV gets a leading apostrophe, XLSX keeps the text as a string cell, never a
 * formula; numbers stay numbers.
 */
@org.junit.jupiter.api.Tag("unit")
class RosterFormulaTextTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 28, 8, 55, 0, 0, ZoneOffset.ofHours(8));
    static final List<RosterEntry> ROSTER = List.of(new RosterEntry(1, UUID.randomUUID(), FORMULA, "@V23011000000007",
            SignupStatus.WALK_IN, null, null, false, AT, AT.plusHours(2), true, new BigDecimal("2.50"), null, null, null, null));

    static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().get().parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void theRosterCsvNeutralisesTextCellsAndLeavesNumbersAlone() throws Exception {
        List<CSVRecord> rows = csv(RosterCsv.render(ROSTER, false));
        assertThat(rows.get(1).values()).containsExactly("1", "'" + FORMULA, "'@V23011000000007", "现场参加", "", "", "否",
                "2026-11-28 08:55", "2026-11-28 10:55", "是", "2.50", "", "");
    }

    @Test
    void theRosterXlsxWritesSuchTextAsAStringCellNeverAFormula() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(RosterXlsx.render(ROSTER, true)))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(FORMULA); // a string cell is shown, not evaluated
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("@V23011000000007");
            for (Row r : book.getSheetAt(0)) {
                for (Cell cell : r) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(2.5);
        }
    }

    @Test
    void theParticipantSheetTemplateNeutralisesNumberAndName() throws Exception {
        List<CSVRecord> rows = csv(ParticipantSheet.template(List.of(new ParticipantSheet.TemplateLine("-V1", FORMULA)), false));
        assertThat(rows.get(2).values()).containsExactly("'-V1", "", "'" + FORMULA, "", "");
    }
}
