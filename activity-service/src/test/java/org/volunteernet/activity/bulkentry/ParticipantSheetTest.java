package org.volunteernet.activity.bulkentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.bulkentry.service.ParticipantSheet;
import org.volunteernet.common.problem.ProblemException;

/** The sheet format alone, without Quarkus. */
@Tag("unit")
class ParticipantSheetTest {

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void chineseOrEnglishHeadersWithOrWithoutBomAndRowsNumberedFromTheHeader() {
        List<ParticipantSheet.Row> zh = ParticipantSheet.parse(utf8("\uFEFF志愿者编号,服务时长(小时),说明\r\nV1, 2.5 ,\r\n\r\nV2,3,\"留下整理, 分类\"\r\n"));
        assertThat(zh).containsExactly(new ParticipantSheet.Row(2, "V1", "2.5", null),
                new ParticipantSheet.Row(3, "V2", "3", "留下整理, 分类"));
        List<ParticipantSheet.Row> en = ParticipantSheet.parse(utf8("hours,volunteerNumber\n1.25,V7\n"));
        assertThat(en).containsExactly(new ParticipantSheet.Row(2, "V7", "1.25", null));
    }

    @Test
    void anXlsxWorkbookReadsLikeTheCsvWithNumbersAsTheSpreadsheetShowsThem() throws Exception {
        assertThat(ParticipantSheet.parse(xlsx(new Object[][] {{"志愿者编号", "服务时长(小时)", "说明", ""},
                {"V1", 2.5, null}, {}, {"V2", 3.0, "留下整理"}})))
                .containsExactly(new ParticipantSheet.Row(2, "V1", "2.5", null), new ParticipantSheet.Row(4, "V2", "3", "留下整理"));
        assertThatThrownBy(() -> ParticipantSheet.parse(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem().errors())
                        .extracting(f -> f.field()).containsExactly("file"));
    }

    /** A workbook with one sheet of these rows (null: no cell). */
    static byte[] xlsx(Object[][] rows) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("参加者");
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void unreadableSheetsAreRefusedNamingTheFile() {
        for (byte[] bad : List.of(new byte[0], utf8("name,hours\nV1,2\n"), utf8("volunteerNumber\nV1\n"),
                utf8("volunteerNumber,hours\n"), "志愿者编号,服务时长(小时)\nV1,2\n".getBytes(Charset.forName("GBK")))) {
            assertThatThrownBy(() -> ParticipantSheet.parse(bad)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.toProblem().errors()).extracting(f -> f.field()).containsExactly("file");
            });
        }
    }

    @Test
    void theTemplateHasABomTheHeadersAndOneRowPerNumber() {
        String zh = new String(ParticipantSheet.template(List.of("V1", "V2"), false), StandardCharsets.UTF_8);
        assertThat(zh).isEqualTo("\uFEFF志愿者编号,服务时长(小时),说明\r\nV1,,\r\nV2,,\r\n");
        String en = new String(ParticipantSheet.template(List.of(), true), StandardCharsets.UTF_8);
        assertThat(en).isEqualTo("\uFEFFvolunteerNumber,hours,reason\r\n");
        // an untouched template reads back as its rows without hours (which the upload then reports)
        assertThat(ParticipantSheet.parse(ParticipantSheet.template(List.of("V1"), false)))
                .containsExactly(new ParticipantSheet.Row(2, "V1", null, null));
    }
}
