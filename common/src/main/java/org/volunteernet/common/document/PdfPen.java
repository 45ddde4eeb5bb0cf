package org.volunteernet.common.document;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The drawing operations {@link PdfDocument} lays out with, on one page's content stream, in PDF
 * points from the bottom-left corner. PDFBox's IOExceptions (the stream is in memory) become
 * UncheckedIOException.
 */
final class PdfPen {

    private PdfPen() {
    }

    /** A piece of text in one font. */
    record Run(PDFont font, String text) {
    }

    /**
     * Text from {@code (x, baseline)}: the runs one after the other on the same baseline, each in its font (the PDF
     * advances past each run by its font's widths); "bold" fills and strokes the outlines a little (the faces have no
     * bold).
     */
    static void text(PDPageContentStream content, List<Run> runs, float x, float baseline, float size, boolean bold) {
        if (runs.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setLineWidth(size / 30);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x, baseline);
            for (Run run : runs) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ruled cell whose top-left corner is {@code (x, top)}; a header cell is shaded light grey. */
    static void cell(PDPageContentStream content, float x, float top, float width, float height, boolean shaded) {
        try {
            if (shaded) {
                content.setNonStrokingColor(0.9f);
                content.addRect(x, top - height, width, height);
                content.fill();
                content.setNonStrokingColor(0f);
            }
            content.setLineWidth(0.5f);
            content.addRect(x, top - height, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dark modules of a QR code as black squares of {@code module} points, the top-left at {@code (x, top)}. */
    static void squares(PDPageContentStream content, BitMatrix matrix, float x, float top, float module) {
        try {
            content.setNonStrokingColor(0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        content.addRect(x + col * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
