package org.volunteernet.activity.signup.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An occurrence's roster as an XLSX workbook (Apache POI): one sheet, the same columns and headers as
 * {@link RosterCsv}, typed so that a district office can sum and sort it in Excel: 序号 and 候补顺序 are numbers,
 * 服务时长(小时) and 认定时长(小时) numbers shown with 2 decimals, the times real date-times (local, network zone) shown as
 * yyyy-mm-dd hh:mm, names, volunteer numbers (leading letters and zeros kept), statuses and yes/no text. A value
 * that is not there (no hours yet, not waitlisted) is no cell at all, not an empty text. Text is always a string
 * cell ({@code setCellValue(String)}), never a formula, so a name starting with {@code =} is shown, not evaluated
 * (see {@link org.volunteernet.common.document.SpreadsheetText}); it gets no apostrophe.
 */
public final class RosterXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RosterXlsx() {
    }

    public static byte[] render(List<RosterEntry> roster, boolean english) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(english ? "Roster" : "报名名单");
            CellStyle whole = style(workbook, "0");
            CellStyle hours = style(workbook, "0.00");
            CellStyle time = style(workbook, "yyyy-mm-dd hh:mm");
            Row header = sheet.createRow(0);
            List<String> headers = RosterCsv.headers(english);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int line = 1;
            for (RosterEntry e : roster) {
                Row row = sheet.createRow(line++);
                List<String> text = RosterCsv.cells(e, english);
                number(row, 0, e.line(), whole);
                text(row, 1, text.get(1));
                text(row, 2, text.get(2));
                text(row, 3, text.get(3));
                number(row, 4, e.waitlistPosition(), whole);
                time(row, 5, e.signedUpAt(), time);
                text(row, 6, text.get(6));
                time(row, 7, e.checkedInAt(), time);
                time(row, 8, e.checkedOutAt(), time);
                text(row, 9, text.get(9));
                number(row, 10, e.hours(), hours);
                number(row, 11, e.certifiedHours(), hours);
                text(row, 12, text.get(12));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void number(Row row, int column, Number value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value instanceof BigDecimal decimal ? decimal.doubleValue() : value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static void time(Row row, int column, OffsetDateTime value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.toLocalDateTime()); // the network's local time, as the CSV writes it
            cell.setCellStyle(style);
        }
    }
}
