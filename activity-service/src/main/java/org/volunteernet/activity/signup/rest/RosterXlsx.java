package org.volunteernet.activity.signup.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An occurrence's roster as an XLSX workbook (Apache POI): one sheet, the same columns, headers and cells as
 * {@link RosterCsv} (text cells, so that volunteer numbers keep their leading letters and zeros).
 */
public final class RosterXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RosterXlsx() {
    }

    public static byte[] render(List<RosterEntry> roster, boolean english) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(english ? "Roster" : "报名名单");
            write(sheet.createRow(0), RosterCsv.headers(english));
            int line = 1;
            for (RosterEntry e : roster) {
                write(sheet.createRow(line++), RosterCsv.cells(e, english));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i) == null ? "" : cells.get(i));
        }
    }
}
