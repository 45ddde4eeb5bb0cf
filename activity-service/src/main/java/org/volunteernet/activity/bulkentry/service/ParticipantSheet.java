package org.volunteernet.activity.bulkentry.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.volunteernet.common.document.SpreadsheetText;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;

/**
 * The participant sheet of one occurrence as CSV (UTF-8, with or without a byte-order mark) or XLSX
 * (the first sheet): columns volunteer number, ID number, name, hours, reason, headed in Chinese (志愿者编号,
 * 身份证号, 姓名, 服务时长(小时), 说明) or English (volunteerNumber, idNumber, name, hours, reason). A row names its
 * volunteer by volunteer number or by ID number; the name column is for the people filling it in and is not
 * read. Lines whose first cell starts with {@code #} are notes (the template's first line) and are skipped;
 * rows keep their numbers in the file. Pure parsing and writing: no database, so plain unit tests cover it.
 */
public final class ParticipantSheet {

    public static final String MEDIA_TYPE = "text/csv";
    public static final int MAX_ROWS = 1000;
    static final List<String> HEADERS_ZH = List.of("志愿者编号", "身份证号", "姓名", "服务时长(小时)", "说明");
    static final List<String> HEADERS_EN = List.of("volunteerNumber", "idNumber", "name", "hours", "reason");
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("志愿者编号", "volunteerNumber"),
            Map.entry("volunteernumber", "volunteerNumber"), Map.entry("身份证号", "idNumber"), Map.entry("idnumber", "idNumber"),
            Map.entry("姓名", "name"), Map.entry("name", "name"), Map.entry("服务时长(小时)", "hours"), Map.entry("hours", "hours"),
            Map.entry("说明", "reason"), Map.entry("reason", "reason"));
    /** The template's first line: how to fill it in, and that problems never repeat an ID number. */
    static final String NOTE_ZH = "# 每行填写志愿者编号或身份证号（二选一）及服务时长；姓名列仅供核对，不读取；问题报告按行号和列名指出错误，不会回显身份证号";
    static final String NOTE_EN = "# Each row: volunteer number or ID number (either), and hours; the name column is for checking "
            + "and is not read; the problem report names rows and columns and never repeats an ID number";

    /**
     * One data row, {@code line} is its row in the file (counting the note and header lines); values stripped,
     * blank as null. {@code idNumber} is the ID document number as written: never put into a problem or a log.
     */
    public record Row(int line, String volunteerNumber, String idNumber, String hours, String reason) {

        @Override
        public String toString() { // a row may be logged or shown by a test report: no ID number in clear
            return "Row[line=" + line + ", volunteerNumber=" + volunteerNumber + ", idNumber="
                    + (idNumber == null ? null : "(given)") + ", hours=" + hours + ", reason=" + reason + "]";
        }
    }

    private ParticipantSheet() {
    }

    /**
     * The rows of an uploaded sheet, CSV or XLSX (told apart by the content, not the Content-Type). 400
     * naming {@code file} when it is neither UTF-8 CSV nor a readable XLSX workbook, lacks a header
     * with the volunteer number and hours columns, names an unknown column or one column twice, has a value in a
     * column without a heading (a blank heading cell, or a cell right of the last heading: typed there, it would be
     * lost), has values on a sheet after the first (XLSX), or has no rows or more than {@link #MAX_ROWS}.
     */
    public static List<Row> parse(byte[] file) {
        List<Line> lines = (isXlsx(file) ? xlsxLines(file) : csvLines(file)).stream()
                .filter(line -> line.cells().isEmpty() || !line.cells().get(0).strip().startsWith("#")).toList();
        if (lines.isEmpty()) {
            throw ProblemException.invalid("file", "is empty; download the template");
        }
        List<String> columns = new ArrayList<>();
        for (String header : lines.get(0).cells()) {
            if (header.isBlank()) {
                columns.add(null); // an empty heading (a spreadsheet's formatted blank cell): its cells must stay empty
                continue;
            }
            String column = COLUMN_OF.get(header.strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw ProblemException.invalid("file", "has an unknown column \"" + header + "\"; expected "
                        + String.join(", ", HEADERS_ZH) + " or " + String.join(", ", HEADERS_EN));
            }
            if (columns.contains(column)) {
                // 服务时长(小时) and hours both: which one counts would be a guess
                throw ProblemException.invalid("file", "names the column \"" + header + "\" twice");
            }
            columns.add(column);
        }
        if (!columns.contains("volunteerNumber") && !columns.contains("idNumber") || !columns.contains("hours")) {
            throw ProblemException.invalid("file", "needs the columns volunteer number or ID number, and hours, in its header line");
        }
        List<Row> rows = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            if (line.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            String[] values = new String[HEADERS_EN.size()];
            for (int i = 0; i < line.cells().size(); i++) {
                if (i >= columns.size() || columns.get(i) == null) {
                    if (!line.cells().get(i).isBlank()) {
                        throw ProblemException.invalid("file", "row " + line.number() + " has a value in column "
                                + columnLetter(i) + ", which has no heading; give the column a heading or clear it");
                    }
                    continue;
                }
                String value = line.cells().get(i).strip();
                values[HEADERS_EN.indexOf(columns.get(i))] = value.isEmpty() ? null : value;
            }
            rows.add(new Row(line.number(), values[0], values[1], values[3], values[4]));
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "has no participant rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.invalid("file", "has " + rows.size() + " rows; at most " + MAX_ROWS);
        }
        return rows;
    }

    /** A column as a spreadsheet names it: 0 is A, 25 is Z, 26 is AA. */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** One row of the file, numbered from 1 (the header), with its cells as text. */
    private record Line(int number, List<String> cells) {
    }

    /** An XLSX workbook is a ZIP archive: it starts with PK\3\4. */
    static boolean isXlsx(byte[] file) {
        return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    }

    private static List<Line> csvLines(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("file", "is neither UTF-8 CSV nor XLSX (save the sheet as CSV UTF-8 or .xlsx)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                    .parse(new StringReader(text)).getRecords()) {
                lines.add(new Line((int) record.getRecordNumber(), record.toList()));
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the parser's message names its internals; the client hears what to do about it
            throw ProblemException.invalid("file", "is not a readable CSV file (a quoted cell is not closed, or text"
                    + " follows its closing quote); save the sheet as CSV UTF-8 or .xlsx");
        }
    }

    /** The first sheet of an XLSX workbook, each cell as the spreadsheet shows it (2.5 stays "2.5"). */
    private static List<Line> xlsxLines(byte[] file) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Line> lines = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : shown(formatter, cell));
                }
                if (!cells.isEmpty() && !cells.stream().allMatch(String::isEmpty) || !lines.isEmpty()) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
            // only the first sheet is read: participants typed on another would be lost without a word
            for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
                for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(s)) {
                    for (Cell cell : row) {
                        if (!formatter.formatCellValue(cell).isBlank()) {
                            throw new OtherSheet(workbook.getSheetName(s));
                        }
                    }
                }
            }
            return lines;
        } catch (OtherSheet e) {
            throw ProblemException.invalid("file", "has values on another sheet than the first (\"" + e.getMessage()
                    + "\"); only the first sheet is read: put every participant there and delete or empty the others");
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", tooLargeOrTooCompressed(e)
                    ? "the workbook is too large or too compressed; save the sheet as CSV UTF-8, or as .xlsx with fewer rows"
                    : "is not a readable XLSX or UTF-8 CSV file");
        }
    }

    /**
     * A cell as the spreadsheet shows it, but a number the display rounds (1.4999999999 shown as "1.5" by the General
     * format, 2.555 as "2.56" by a 0.00 format) as the number it is: its hours are then refused for their decimals,
     * as the same number in a CSV is, never recorded as a rounding the organizer did not type.
     */
    private static String shown(DataFormatter formatter, Cell cell) {
        String shown = formatter.formatCellValue(cell).strip();
        boolean number = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        && cell.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.NUMERIC;
        if (!number || org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return shown;
        }
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(cell.getNumericCellValue());
        try {
            if (new java.math.BigDecimal(shown).compareTo(exact) == 0) {
                return shown;
            }
            return exact.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notPlain) {
            return shown; // "50%", "1.5E+10": refused as hours as they are shown
        }
    }

    /** A sheet after the first that holds a value; its message is the sheet's name. */
    private static final class OtherSheet extends RuntimeException {
        OtherSheet(String sheet) {
            super(sheet, null, false, false);
        }
    }

    /**
     * Whether POI refused the workbook for its size or compression (its zip-bomb and record-size guards), told
     * apart by its messages, which name POI's settings and never reach the client.
     */
    public static boolean tooLargeOrTooCompressed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof org.apache.poi.util.RecordFormatException || message.contains("Zip bomb")
                    || message.contains("MinInflateRatio") || message.contains("MaxEntrySize")
                    || message.contains("ByteArrayMaxOverride") || message.contains("too large")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A field of a row as a problem names it: {@code rows[3].hours} is the hours in row 3 of the file (the header is row 1). */
    public static String field(Row row, String column) {
        return "rows[" + row.line() + "]." + column;
    }

    public static Problem.FieldError error(Row row, String column, String message) {
        return new Problem.FieldError(field(row, column), message);
    }

    /** A volunteer the template lists: number and name (either may be null). */
    public record TemplateLine(String volunteerNumber, String name) {
    }

    /**
     * A template: the note line, the header, then one row per given volunteer (number and name) with ID number,
     * hours and reason empty; UTF-8 with BOM. Number and name follow {@link SpreadsheetText#csvCell(String)}
     * (OWASP "CSV Injection").
     */
    public static byte[] template(List<TemplateLine> volunteers, boolean english) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
            csv.printRecord(english ? NOTE_EN : NOTE_ZH);
            csv.printRecord(english ? HEADERS_EN : HEADERS_ZH);
            for (TemplateLine volunteer : volunteers) {
                csv.printRecord(SpreadsheetText.csvCell(volunteer.volunteerNumber()), "",
                        SpreadsheetText.csvCell(volunteer.name()), "", "");
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
