package org.volunteernet.common.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * The pure part of laying a document out: what can be drawn, where lines break, how wide table
 * columns are, which modules of a QR code are dark. Widths come from the caller (the font's
 * metrics), so the rules are tested without a PDF.
 */
final class TextLayout {

    private TextLayout() {
    }

    /**
     * Replaces what the font cannot draw by its code point in brackets, e.g. {@code [U+20000]} (a space stays a
     * space), never by "?" and never silently left out: a document then shows that a character is missing, not
     * another name; tabs become spaces; control and format characters (zero-width space, bidi controls) are left
     * out: nothing to draw.
     *
     * @param covers whether the font has a glyph for a code point
     */
    static String drawable(String text, IntPredicate covers) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (invisible(cp)) {
                // invisible
            } else if (covers.test(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? " " : marker(cp));
            }
        });
        return out.toString();
    }

    /**
     * The distinct code points of {@code text} that {@link #drawable} would print as a marker (the font has no glyph
     * for them and they are neither white space nor invisible), in order of first appearance.
     */
    static List<Integer> undrawable(String text, IntPredicate covers) {
        List<Integer> found = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            if (cp != '\t' && !invisible(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                    && !covers.test(cp) && !found.contains(cp)) {
                found.add(cp);
            }
        });
        return found;
    }

    /** A piece of a line drawn in one font: {@code font} is its position in the document's font chain. */
    record Run(int font, String text) {
    }

    /**
     * Splits already drawable text into runs of one font each, in order: every character goes to the font
     * {@code fontOf} names for it (the first of the chain that has it; -1, none, counts as the main font 0, which
     * {@link #drawable} leaves only white space for). Empty text gives no runs.
     */
    static List<Run> runs(String text, IntUnaryOperator fontOf) {
        List<Run> runs = new ArrayList<>();
        int runFont = 0;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int font = Math.max(fontOf.applyAsInt(cp), 0);
            if (font != runFont) {
                if (i > start) {
                    runs.add(new Run(runFont, text.substring(start, i)));
                }
                start = i;
                runFont = font;
            }
            i += Character.charCount(cp);
        }
        if (start < text.length()) {
            runs.add(new Run(runFont, text.substring(start)));
        }
        return runs;
    }

    /** How a code point no font can draw is printed: {@code [U+20000]}, {@code [U+1F600]}. */
    static String marker(int cp) {
        return "[" + codePoint(cp) + "]";
    }

    /** {@code U+} and at least four upper-case hex digits, as Unicode writes code points. */
    static String codePoint(int cp) {
        return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }

    private static boolean invisible(int cp) {
        return Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT;
    }

    /**
     * Greedy line breaking of already drawable text: a line ends after a space or hyphen, or before
     * or after a CJK character (Chinese has no spaces between words), at the last such place that
     * fits {@code maxWidth}; a word longer than a line is cut. Lines are stripped; empty text gives
     * one empty line.
     *
     * @param width the drawn width of a string, in the same unit as {@code maxWidth}
     */
    static List<String> wrap(String text, ToDoubleFunction<String> width, float maxWidth) {
        String clean = text.strip();
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < clean.length()) {
            int end = start;
            int lastBreak = -1;
            double lineWidth = 0;
            while (end < clean.length()) {
                int cp = clean.codePointAt(end);
                int next = end + Character.charCount(cp);
                lineWidth += width.applyAsDouble(clean.substring(end, next));
                if (lineWidth > maxWidth && end > start) {
                    break;
                }
                if (cp == ' ' || cp == '-' || isCjk(cp)) {
                    lastBreak = next;
                }
                if (next < clean.length() && isCjk(clean.codePointAt(next))) {
                    lastBreak = next;
                }
                end = next;
            }
            if (end < clean.length() && lastBreak > start) {
                end = lastBreak;
            }
            lines.add(clean.substring(start, end).strip());
            start = end;
            while (start < clean.length() && clean.charAt(start) == ' ') {
                start++;
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Column widths that share {@code totalWidth} out in proportion to {@code relativeWidths}. */
    static float[] columnWidths(float[] relativeWidths, float totalWidth) {
        float total = 0;
        for (float w : relativeWidths) {
            total += w;
        }
        float[] widths = new float[relativeWidths.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = totalWidth * relativeWidths[i] / total;
        }
        return widths;
    }

    /** The modules of a QR code of {@code text}: UTF-8, error correction M (15 %), no quiet zone (the caller draws one). */
    static BitMatrix qrCode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0,
                    EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit in a QR code", e);
        }
    }

    /** Han, kana, Hangul, CJK punctuation and full-width forms: a line may break on either side. */
    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
