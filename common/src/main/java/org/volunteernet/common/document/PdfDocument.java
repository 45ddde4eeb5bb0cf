package org.volunteernet.common.document;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A simple flowing A4 document (title, paragraphs, label/value lines, tables with a repeated header,
 * QR codes) in CJK fonts embedded as subsets, so that Chinese text is drawn, extractable
 * (ToUnicode map) and the file stands alone. Used by the volunteer certificate and the roster sign-in
 * sheet so that both render alike.
 *
 * <p>The text is drawn in the fonts of a {@link FontChain}: each character in the first font that has it, a line
 * as runs of one font each on the same baseline, widths (and so line breaks) from each run's font. A fallback font
 * is parsed and embedded only when the document draws one of its characters (see {@link DocumentFont}).
 *
 * <p>Sizes are in PDF points (1/72 inch). Text wraps at the right margin: between any two CJK
 * characters, and at spaces or hyphens in other scripts. A code point no font of the chain can draw (e.g. 𰀀,
 * U+30000, CJK Extension G, newer than fonts-hanazono) is printed as its code point, {@code [U+30000]}, never as "?"
 * nor left out; a document that must not carry such a marker (a certificate naming a person) asks
 * {@link FontChain#unprintable} first and refuses. Not thread-safe: one instance per document.
 *
 * <pre>{@code
 * try (PdfDocument doc = PdfDocument.create(fonts, "志愿服务记录证明")) {
 *     doc.title("志愿服务记录证明", 20).paragraph("兹证明……", 11);
 *     byte[] pdf = doc.toBytes();
 * }
 * }</pre>
 */
public final class PdfDocument implements AutoCloseable {

    /** Page margin in points (20 mm). */
    public static final float MARGIN = 56.7f;
    private static final float LEADING = 1.45f;
    private static final float CELL_PADDING = 4f;

    private final PDDocument document = new PDDocument();
    private final FontChain chain;
    /** Per font of the chain: its parse and embedded font, once this document has drawn with it; else null. */
    private final DocumentFont.Parsed[] parsed;
    private final PDType0Font[] fonts;
    /** Whether this document holds the chain's turn to parse fallback fonts (given back on close). */
    private boolean fallbackTurn;
    private final PDRectangle pageSize;
    private PDPageContentStream content;
    private float y;

    private PdfDocument(FontChain chain, String title, PDRectangle pageSize) throws IOException {
        this.chain = chain;
        this.parsed = new DocumentFont.Parsed[chain.fonts().size()];
        this.fonts = new PDType0Font[chain.fonts().size()];
        this.pageSize = pageSize;
        font(0);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("volunteer-network");
        info.setProducer("volunteer-network (Apache PDFBox)");
        info.setCreationDate(Calendar.getInstance());
        newPage();
    }

    /** An A4 portrait document in the fonts of the chain, with the given title in its metadata. */
    public static PdfDocument create(FontChain fonts, String title) {
        return create(fonts, title, PDRectangle.A4);
    }

    /** An A4 portrait document in one font (no fallback). */
    public static PdfDocument create(DocumentFont font, String title) {
        return create(FontChain.of(font), title, PDRectangle.A4);
    }

    /** A document of the given page size (e.g. A4 landscape for wide sheets). */
    public static PdfDocument create(FontChain fonts, String title, PDRectangle pageSize) {
        try {
            return new PdfDocument(fonts, title, pageSize);
        } catch (IOException e) {
            throw new UncheckedIOException("document could not be started", e);
        }
    }

    /** A4 landscape. */
    public static PDRectangle a4Landscape() {
        return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    }

    /** Width available to text between the margins, in points. */
    public float textWidth() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    /** A centred, emboldened title line (wrapped if long). */
    public PdfDocument title(String text, float size) {
        for (String line : wrap(text, size, textWidth())) {
            ensureSpace(size * LEADING);
            float x = (pageSize.getWidth() - width(line, size)) / 2;
            y -= size * LEADING;
            write(line, x, y + size * (LEADING - 1), size, true);
        }
        return space(size * 0.6f);
    }

    /** A left-aligned paragraph; line breaks in {@code text} start new lines. */
    public PdfDocument paragraph(String text, float size) {
        for (String part : text.split("\n", -1)) {
            for (String line : wrap(part, size, textWidth())) {
                ensureSpace(size * LEADING);
                y -= size * LEADING;
                write(line, MARGIN, y + size * (LEADING - 1), size, false);
            }
        }
        return space(size * 0.4f);
    }

    /** Lines of "label: value", labels emboldened in a column of {@code labelWidth} points, values wrapped. */
    public PdfDocument fields(Map<String, String> labelled, float size, float labelWidth) {
        for (Map.Entry<String, String> field : labelled.entrySet()) {
            List<String> lines = wrap(field.getValue() == null ? "" : field.getValue(), size, textWidth() - labelWidth);
            ensureSpace(size * LEADING * Math.min(lines.size(), 3));
            boolean first = true;
            for (String line : lines) {
                ensureSpace(size * LEADING);
                y -= size * LEADING;
                if (first) {
                    write(field.getKey(), MARGIN, y + size * (LEADING - 1), size, true);
                    first = false;
                }
                write(line, MARGIN + labelWidth, y + size * (LEADING - 1), size, false);
            }
        }
        return space(size * 0.4f);
    }

    /** Vertical space in points. */
    public PdfDocument space(float points) {
        y -= points;
        return this;
    }

    /**
     * A ruled table across the text width. {@code relativeWidths} share the width out among the columns;
     * the header row is shaded and repeated on every page the table continues on. Cells wrap.
     */
    public PdfDocument table(float[] relativeWidths, List<String> header, List<List<String>> rows, float size) {
        if (header.size() != relativeWidths.length) {
            throw new IllegalArgumentException("header has " + header.size() + " columns, widths " + relativeWidths.length);
        }
        float[] widths = TextLayout.columnWidths(relativeWidths, textWidth());
        drawRow(widths, header, size, true);
        for (List<String> row : rows) {
            if (row.size() != widths.length) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the table " + widths.length);
            }
            if (rowHeight(widths, row, size) > y - MARGIN) {
                newPage();
                drawRow(widths, header, size, true);
            }
            drawRow(widths, row, size, false);
        }
        return space(size * 0.8f);
    }

    /**
     * A QR code of {@code text} (UTF-8, error correction M, no quiet zone beyond {@code size}/12) drawn as
     * vector squares {@code size} points wide at the left margin, with {@code lines} of text to its right.
     */
    public PdfDocument qrCode(String text, float size, List<String> lines, float textSize) {
        BitMatrix matrix = TextLayout.qrCode(text);
        float quiet = size / 12;
        ensureSpace(size + 2 * quiet);
        float top = y - quiet;
        float module = size / matrix.getWidth();
        PdfPen.squares(content, matrix, MARGIN + quiet, top, module);
        float textX = MARGIN + size + 3 * quiet;
        float lineY = top;
        for (String line : lines) {
            for (String wrapped : wrap(line, textSize, textWidth() - (textX - MARGIN))) {
                lineY -= textSize * LEADING;
                write(wrapped, textX, lineY + textSize * (LEADING - 1), textSize, false);
            }
        }
        y = Math.min(top - size - quiet, lineY);
        return this;
    }

    /** Starts a new page; the cursor goes to the top margin. */
    public PdfDocument newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(pageSize);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = pageSize.getHeight() - MARGIN;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished PDF (font subset embedded). The document cannot be written to afterwards. */
    public byte[] toBytes() {
        try {
            content.close();
            content = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("document could not be saved", e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
            for (DocumentFont.Parsed font : parsed) {
                if (font != null) {
                    font.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (fallbackTurn) {
                fallbackTurn = false;
                chain.endFallbackTurn();
            }
        }
    }

    // --- layout -----------------------------------------------------------------------------------

    private void ensureSpace(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private float rowHeight(float[] widths, List<String> cells, float size) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, wrap(cells.get(i), size, widths[i] - 2 * CELL_PADDING).size());
        }
        return lines * size * LEADING + 2 * CELL_PADDING;
    }

    private void drawRow(float[] widths, List<String> cells, float size, boolean header) {
        float height = rowHeight(widths, cells, size);
        ensureSpace(height);
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            PdfPen.cell(content, x, y, widths[i], height, header);
            float lineY = y - CELL_PADDING;
            for (String line : wrap(cells.get(i), size, widths[i] - 2 * CELL_PADDING)) {
                lineY -= size * LEADING;
                write(line, x + CELL_PADDING, lineY + size * (LEADING - 1), size, header);
            }
            x += widths[i];
        }
        y -= height;
    }

    private void write(String text, float x, float baseline, float size, boolean bold) {
        List<PdfPen.Run> runs = new ArrayList<>();
        for (TextLayout.Run run : runs(text)) {
            runs.add(new PdfPen.Run(font(run.font()), run.text()));
        }
        PdfPen.text(content, runs, x, baseline, size, bold);
    }

    /** The drawn width of drawable text at {@code size}, in points: each run measured in its own font. */
    float width(String text, float size) {
        try {
            float width = 0;
            for (TextLayout.Run run : runs(text)) {
                width += font(run.font()).getStringWidth(run.text()) / 1000 * size;
            }
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<TextLayout.Run> runs(String text) {
        return TextLayout.runs(text, chain::fontFor);
    }

    /**
     * The chain's font {@code index} embedded in this document (as a subset, written on save), parsed on first use:
     * a fallback font only when the document draws or measures one of its characters.
     */
    private PDType0Font font(int index) {
        if (fonts[index] == null) {
            DocumentFont font = chain.fonts().get(index);
            if (index > 0 && !fallbackTurn) {
                fallbackTurn = chain.awaitFallbackTurn();
            }
            try {
                parsed[index] = font.parse();
                fonts[index] = PDType0Font.load(document, parsed[index].font(), true);
            } catch (IOException e) {
                throw new DocumentFontException("The document font " + font.path() + " could not be read: "
                        + e.getMessage(), e);
            }
        }
        return fonts[index];
    }

    /** Replaces what no font of the chain can draw by its code point ({@code [U+30000]}); leaves out control characters. */
    String drawable(String text) {
        return TextLayout.drawable(text, chain::covers);
    }

    /** The text's lines at {@code size} within {@code maxWidth} points (see {@link TextLayout#wrap}). */
    List<String> wrap(String text, float size, float maxWidth) {
        return TextLayout.wrap(drawable(text == null ? "" : text), piece -> width(piece, size), maxWidth);
    }
}
