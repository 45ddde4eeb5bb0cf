package org.volunteernet.reporting.export.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.volunteernet.reporting.export.domain.Figure;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.document.SpreadsheetText;

/**
 * Writes a report as CSV (Apache Commons CSV, RFC 4180, CRLF): UTF-8 with a byte order mark so that Excel reads
 * Chinese, one row per figure. Columns: the report's subject columns (e.g. district code, name, year), then
 * figure code, figure, month, item, value; headers in Chinese or English. Every text cell (a unit's, brand's or
 * group's name, an item, a label) follows {@link SpreadsheetText#csvCell(String)} against formula injection (OWASP
 * "CSV Injection": a leading apostrophe before {@code = + - @}, tab, CR); numbers are written as numbers, unaltered.
 */
public final class FigureCsv {

    /** A subject column: its header in both languages and its value, repeated on every row. */
    public record Column(String zh, String en, Object value) {
    }

    private FigureCsv() {
    }

    /** The CSV as bytes: BOM, header row, one row per figure. */
    public static byte[] write(List<Column> subject, List<Figure> figures, DocumentLanguage language) {
        List<String> header = new ArrayList<>();
        subject.forEach(c -> header.add(language.pick(c.zh(), c.en())));
        header.addAll(List.of(language.pick("指标代码", "figure code"), language.pick("指标", "figure"),
                language.pick("月份", "month"), language.pick("分项", "item"), language.pick("数值", "value")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = bom(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Figure f : figures) {
                List<Object> row = new ArrayList<>();
                subject.forEach(c -> row.add(SpreadsheetText.csvCell(c.value())));
                row.add(SpreadsheetText.csvCell(f.code()));
                row.add(SpreadsheetText.csvCell(f.label(language)));
                row.add(f.month());
                row.add(SpreadsheetText.csvCell(f.item()));
                // a number stays a number (-2.00 is not text and gets no apostrophe); text values follow the rule
                row.add(f.value() instanceof BigDecimal d ? d.toPlainString() : SpreadsheetText.csvCell(f.value()));
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The byte order mark goes first, before the header the printer writes when it is made. */
    private static Writer bom(Writer out) throws IOException {
        out.write('\uFEFF');
        return out;
    }
}
