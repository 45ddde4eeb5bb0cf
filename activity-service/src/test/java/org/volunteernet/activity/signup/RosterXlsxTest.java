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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.rest.RosterEntry;
import org.volunteernet.activity.signup.rest.RosterXlsx;

/** The roster as XLSX, by hand-worked lines, without Quarkus. */
class RosterXlsxTest {

    static final String XLSX = RosterXlsx.MEDIA_TYPE;

    /** Every row's cells as text. */
    static List<List<String>> cells(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    cells.add(cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aWalkInWithHoursAndAWaitingVolunteerInChineseAndEnglish() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 28, 8, 55, 0, 0, ZoneOffset.ofHours(8));
        List<RosterEntry> roster = List.of(
                new RosterEntry(1, UUID.randomUUID(), "欧阳娜娜", "V23011000000007", SignupStatus.WALK_IN, null, null, false,
                        at, at.plusHours(2).plusMinutes(35), true, new BigDecimal("2.50")),
                new RosterEntry(2, UUID.randomUUID(), null, "V23011000000008", SignupStatus.WAITLISTED, 1, at.minusDays(3),
                        true, null, null, false, null));
        assertThat(cells(RosterXlsx.render(roster, false))).containsExactly(
                List.of("序号", "姓名", "志愿者编号", "状态", "候补顺序", "报名时间", "代为报名", "签到时间", "签退时间", "现场参加", "服务时长(小时)"),
                List.of("1", "欧阳娜娜", "V23011000000007", "现场参加", "", "", "否", "2026-11-28 08:55", "2026-11-28 11:30", "是", "2.50"),
                List.of("2", "", "V23011000000008", "候补", "1", "2026-11-25 08:55", "是", "", "", "否", ""));
        assertThat(cells(RosterXlsx.render(roster, true)).get(2)).containsExactly("2", "", "V23011000000008", "Waitlisted",
                "1", "2026-11-25 08:55", "yes", "", "", "no", "");
    }
}
