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
        assertThat(zh).containsExactly(new ParticipantSheet.Row(2, "V1", null, "2.5", null),
                new ParticipantSheet.Row(3, "V2", null, "3", "留下整理, 分类"));
        List<ParticipantSheet.Row> en = ParticipantSheet.parse(utf8("hours,volunteerNumber\n1.25,V7\n"));
        assertThat(en).containsExactly(new ParticipantSheet.Row(2, "V7", null, "1.25", null));
    }

    @Test
    void anXlsxWorkbookReadsLikeTheCsvWithNumbersAsTheSpreadsheetShowsThem() throws Exception {
        assertThat(ParticipantSheet.parse(xlsx(new Object[][] {{"志愿者编号", "服务时长(小时)", "说明", ""},
                {"V1", 2.5, null}, {}, {"V2", 3.0, "留下整理"}})))
                .containsExactly(new ParticipantSheet.Row(2, "V1", null, "2.5", null), new ParticipantSheet.Row(4, "V2", null, "3", "留下整理"));
        assertThatThrownBy(() -> ParticipantSheet.parse(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem().errors())
                        .extracting(f -> f.field()).containsExactly("file"));
    }

    /** A number the General format shows rounded is read as the number it is, so its decimals are judged, not hidden. */
    @Test
    void aNumberTheDisplayRoundsIsReadAsItIs() throws Exception {
        assertThat(ParticipantSheet.parse(xlsx(new Object[][] {{"volunteerNumber", "hours"}, {"V1", 1.4999999999}, {"V2", 2.0}})))
                .extracting(ParticipantSheet.Row::hours).containsExactly("1.4999999999", "2");
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

    /**
     * A value the sheet would not read is refused, never dropped: one typed under a blank heading or right of the
     * last heading (an office's 时长 in a column it forgot to head), and a column named twice (which one counts?).
     */
    @Test
    void aValueInAColumnWithoutHeadingAndAColumnNamedTwiceAreRefusedNamingTheFile() throws Exception {
        refusedSaying(utf8("志愿者编号,服务时长(小时)\nV1,2,2.5\n"),
                "row 2 has a value in column C, which has no heading; give the column a heading or clear it");
        refusedSaying(utf8("志愿者编号,,服务时长(小时)\nV1,,2\nV2,3,2\n"),
                "row 3 has a value in column B, which has no heading; give the column a heading or clear it");
        refusedSaying(xlsx(new Object[][] {{"志愿者编号", "服务时长(小时)", ""}, {"V1", 2.5, 3.0}}),
                "row 2 has a value in column C, which has no heading; give the column a heading or clear it");
        refusedSaying(utf8("志愿者编号,服务时长(小时),hours\nV1,2,3\n"), "names the column \"hours\" twice");
        // blank cells there are fine: a spreadsheet's trailing commas and formatted empty cells
        assertThat(ParticipantSheet.parse(utf8("志愿者编号,服务时长(小时),\nV1,2,,,\n")))
                .containsExactly(new ParticipantSheet.Row(2, "V1", null, "2", null));
    }

    /** Only the first sheet of a workbook is read: values on another are refused, an empty second sheet is fine. */
    @Test
    void aWorkbookWithValuesOnAnotherSheetIsRefused() throws Exception {
        for (boolean filled : new boolean[] {false, true}) {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                org.apache.poi.ss.usermodel.Sheet first = workbook.createSheet("参加者");
                first.createRow(0).createCell(0).setCellValue("志愿者编号");
                first.getRow(0).createCell(1).setCellValue("服务时长(小时)");
                first.createRow(1).createCell(0).setCellValue("V1");
                first.getRow(1).createCell(1).setCellValue(2.0);
                org.apache.poi.ss.usermodel.Sheet second = workbook.createSheet("补录");
                second.createRow(0).createCell(0).setCellValue(filled ? "V2" : "");
                workbook.write(out);
                if (filled) {
                    refusedSaying(out.toByteArray(), "has values on another sheet than the first (\"补录\"); only the first "
                            + "sheet is read: put every participant there and delete or empty the others");
                } else {
                    assertThat(ParticipantSheet.parse(out.toByteArray())).containsExactly(new ParticipantSheet.Row(2, "V1", null, "2", null));
                }
            }
        }
    }

    static void refusedSaying(byte[] file, String message) {
        assertThatThrownBy(() -> ParticipantSheet.parse(file)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem().errors()).extracting(f -> f.field(), f -> f.message())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("file", message));
        });
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
    void rowsMayNameTheirVolunteerByIdNumberAndNoteLinesAreSkippedKeepingRowNumbers() {
        List<ParticipantSheet.Row> rows = ParticipantSheet.parse(utf8("""
                # 每行填写志愿者编号或身份证号
                志愿者编号,身份证号,姓名,服务时长(小时),说明
                V1,,张伟,2.5,
                ,23011019900305123x,李娜,2,
                """));
        assertThat(rows).containsExactly(new ParticipantSheet.Row(3, "V1", null, "2.5", null),
                new ParticipantSheet.Row(4, null, "23011019900305123x", "2", null));
        // an ID number column alone is enough; a row's text form never shows the number
        assertThat(ParticipantSheet.parse(utf8("idNumber,hours\n230110199003051236,1\n")).get(0).toString())
                .contains("idNumber=(given)").doesNotContain("230110199003051236");
    }

    @Test
    void theTemplateHasABomANoteTheHeadersAndOneRowPerSeatWithItsName() {
        String zh = new String(ParticipantSheet.template(List.of(new ParticipantSheet.TemplateLine("V1", "张伟"),
                new ParticipantSheet.TemplateLine("V2", "Li Ming")), false), StandardCharsets.UTF_8);
        // the note line is quoted (commons-csv quotes a value starting with #); it reads back as one cell
        assertThat(zh).isEqualTo("\uFEFF\"# 每行填写志愿者编号或身份证号（二选一）及服务时长；姓名列仅供核对，不读取；问题报告按行号和列名指出错误，不会回显身份证号\"\r\n"
                + "志愿者编号,身份证号,姓名,服务时长(小时),说明\r\nV1,,张伟,,\r\nV2,,Li Ming,,\r\n");
        String en = new String(ParticipantSheet.template(List.of(), true), StandardCharsets.UTF_8);
        assertThat(en).isEqualTo("\uFEFF\"# Each row: volunteer number or ID number (either), and hours; the name column is for "
                + "checking and is not read; the problem report names rows and columns and never repeats an ID number\"\r\n"
                + "volunteerNumber,idNumber,name,hours,reason\r\n");
        // an untouched template reads back as its rows without hours (which the upload then reports), numbered in the file
        assertThat(ParticipantSheet.parse(ParticipantSheet.template(List.of(new ParticipantSheet.TemplateLine("V1", "张伟")), false)))
                .containsExactly(new ParticipantSheet.Row(3, "V1", null, null, null));
    }

    /** Outside tester: a refused sheet is described in plain words, never with POI's message or a class name. */
    @Test
    void unreadableWorkbooksAreDescribedInPlainWords() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("hello.txt")); // a zip, but no [Content_Types].xml
            out.write(utf8("not a workbook"));
            out.closeEntry();
        }
        for (byte[] file : List.of(zip.toByteArray(), new byte[] {'P', 'K', 3, 4, 0, 0})) {
            assertThatThrownBy(() -> ParticipantSheet.parse(file)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.toProblem().errors()).extracting(f -> f.message())
                        .containsExactly("is not a readable XLSX or UTF-8 CSV file");
                assertThat(e.getMessage()).doesNotContain("org.apache", "Exception", "IOUtils", "ZipSecureFile", "bugzilla");
            });
        }
        assertThat(ParticipantSheet.tooLargeOrTooCompressed(new java.io.IOException("Zip bomb detected! ...ZipSecureFile.setMinInflateRatio()")))
                .isTrue();
        assertThat(ParticipantSheet.tooLargeOrTooCompressed(new IllegalStateException("no content type part"))).isFalse();
    }
}
