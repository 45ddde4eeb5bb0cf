package org.volunteernet.common.document;

/**
 * The one rule every CSV export follows for a cell of text, against spreadsheet formula injection ("CSV Injection",
 * OWASP: https://owasp.org/www-community/attacks/CSV_Injection): a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab (U+0009) or a carriage return (U+000D) is written with a leading apostrophe
 * ({@code '}), so that Excel, LibreOffice and the like show it as text instead of evaluating it as a formula.
 * Quoting the cell (RFC 4180) does not prevent the evaluation; the apostrophe does. Every other text is written as
 * it is.
 *
 * <p>The rule applies to text only: a number the export writes as a number (a negative figure such as
 * {@code -2.00} in a numeric column) is not text and is not passed through here, so its value is never altered.
 * Writers hand every cell that carries text (names of brands, work units, activities, groups, people, codes,
 * labels) to {@link #csvCell(String)}.
 *
 * <p>XLSX exports need no apostrophe: there, text is written as a string cell (Apache POI's
 * {@code Cell.setCellValue(String)}, a shared string), which a spreadsheet never evaluates; a writer never calls
 * {@code setCellFormula} with user-supplied text.
 */
public final class SpreadsheetText {

    /** What a neutralised cell starts with. */
    public static final char APOSTROPHE = '\'';

    private SpreadsheetText() {
    }

    /**
     * Whether a text cell would be read by a spreadsheet as a formula: it starts with {@code = + - @}, a tab or a
     * carriage return. {@code null} and the empty text are not.
     */
    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /**
     * A text cell for CSV: the text with a leading apostrophe when it {@linkplain #startsLikeFormula starts like a
     * formula}, else the text unchanged ({@code null} stays {@code null}, an empty cell).
     */
    public static String csvCell(String text) {
        return startsLikeFormula(text) ? APOSTROPHE + text : text;
    }

    /**
     * A cell of a CSV row: a {@link Number} is written as it is (never altered: {@code -2.00} stays a number),
     * {@code null} stays {@code null} (an empty cell), anything else is written as its text through
     * {@link #csvCell(String)}.
     */
    public static Object csvCell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        return csvCell(value.toString());
    }
}
