package org.volunteernet.activity.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.certification.domain.CertifiedDifference;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.rest.RosterEntry;
import org.volunteernet.activity.signup.rest.RosterXlsx;

/** The roster as XLSX, by hand-worked lines, without Quarkus: typed cells (numbers, date-times, text), none empty. */
@org.junit.jupiter.api.Tag("unit")
class RosterXlsxTest {

    static final String XLSX = RosterXlsx.MEDIA_TYPE;

    /** Every row's cells as Excel shows them (formatted), "" where there is no cell; numbers and times checked typed. */
    static List<List<String>> cells(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            int width = book.getSheetAt(0).getRow(0).getLastCellNum();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    Cell cell = row.getCell(i);
                    if (cell != null && row.getRowNum() > 0) {
                        // 序号, 候补顺序, 服务时长(小时) and 认定时长(小时) numbers; the three times date-times; the rest text, never empty
                        CellType expected = NUMERIC_COLUMNS.contains(i) || TIME_COLUMNS.contains(i) ? CellType.NUMERIC : CellType.STRING;
                        assertThat(cell.getCellType()).as("row %d column %d", row.getRowNum(), i).isEqualTo(expected);
                        if (TIME_COLUMNS.contains(i)) {
                            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                        }
                        if (expected == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).isNotEmpty();
                        }
                    }
                    cells.add(cell == null ? "" : shown.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final java.util.Set<Integer> NUMERIC_COLUMNS = java.util.Set.of(0, 4, 10, 11);
    static final java.util.Set<Integer> TIME_COLUMNS = java.util.Set.of(5, 7, 8);

    @Test
    void aWalkInWithHoursAndAWaitingVolunteerInChineseAndEnglish() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 28, 8, 55, 0, 0, ZoneOffset.ofHours(8));
        List<RosterEntry> roster = List.of(
                new RosterEntry(1, UUID.randomUUID(), "欧阳娜娜", "V23011000000007", SignupStatus.WALK_IN, null, null, false,
                        at, at.plusHours(2).plusMinutes(35), true, new BigDecimal("2.50"), UUID.randomUUID(), new BigDecimal("1.5"),
                        new BigDecimal("2.50"), CertifiedDifference.DAILY_LIMIT),
                new RosterEntry(2, UUID.randomUUID(), null, "V23011000000008", SignupStatus.WAITLISTED, 1, at.minusDays(3),
                        true, null, null, false, null, null, null, null, null));
        assertThat(cells(RosterXlsx.render(roster, false))).containsExactly(
                List.of("序号", "姓名", "志愿者编号", "状态", "候补顺序", "报名时间", "代为报名", "签到时间", "签退时间", "现场参加", "服务时长(小时)",
                        "认定时长(小时)", "时长差异原因"),
                List.of("1", "欧阳娜娜", "V23011000000007", "现场参加", "", "", "否", "2026-11-28 08:55", "2026-11-28 11:30", "是", "2.50",
                        "1.50", "当日累计超过24小时，已核减"),
                List.of("2", "", "V23011000000008", "候补", "1", "2026-11-25 08:55", "是", "", "", "否", "", "", ""));
        assertThat(cells(RosterXlsx.render(roster, true)).get(1)).endsWith("2.50", "1.50", "Capped at the daily limit");
        assertThat(cells(RosterXlsx.render(roster, true)).get(2)).containsExactly("2", "", "V23011000000008", "Waitlisted",
                "1", "2026-11-25 08:55", "yes", "", "", "no", "", "", "");
    }

    @Test
    void hoursAreNumbersThatExcelSumsShownWithTwoDecimals() throws IOException {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 28, 8, 55, 0, 0, ZoneOffset.ofHours(8));
        List<RosterEntry> roster = List.of(
                new RosterEntry(1, UUID.randomUUID(), "甲", "V1", SignupStatus.CONFIRMED, null, at, false, at, at, false,
                        new BigDecimal("2"), null, null, null, null),
                new RosterEntry(2, UUID.randomUUID(), "乙", "V2", SignupStatus.CONFIRMED, null, at, false, at, at, false,
                        new BigDecimal("1.25"), null, null, null, null));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(RosterXlsx.render(roster, false)))) {
            Row first = book.getSheetAt(0).getRow(1);
            Row second = book.getSheetAt(0).getRow(2);
            assertThat(first.getCell(10).getNumericCellValue() + second.getCell(10).getNumericCellValue()).isEqualTo(3.25);
            assertThat(first.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(new DataFormatter().formatCellValue(first.getCell(10))).isEqualTo("2.00");
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(5).getLocalDateTimeCellValue()).isEqualTo(at.toLocalDateTime());
            assertThat(first.getCell(4)).isNull(); // not waitlisted: no cell, not an empty text
        }
    }
}
