package org.volunteernet.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.volunteernet.common.document.DocumentConfig;
import org.volunteernet.common.document.DocumentFont;
import org.volunteernet.common.document.FontChain;

/** Helpers for tests of PDF documents: the fonts the build installs, text extraction, a pdffonts-style listing. */
public final class TestDocuments {

    private static DocumentFont font;
    private static FontChain chain;

    private TestDocuments() {
    }

    /** The configured default font (system property volunteernet.document.font-path overrides it). */
    public static synchronized DocumentFont font() {
        if (font == null) {
            font = DocumentFont.load(Path.of(System.getProperty("volunteernet.document.font-path",
                    DocumentConfig.DEFAULT_FONT_PATH)), DocumentConfig.DEFAULT_FONT_NAME);
        }
        return font;
    }

    /**
     * The configured default font followed by the default fallback fonts (fonts-hanazono), as the services load them;
     * a missing fallback fails the test (the build installs fonts-hanazono). The system property
     * volunteernet.document.fallback-font-paths (comma-separated) overrides the fallbacks.
     */
    public static synchronized FontChain chain() {
        if (chain == null) {
            List<DocumentFont> fallbacks = new ArrayList<>();
            for (String path : System.getProperty("volunteernet.document.fallback-font-paths",
                    DocumentConfig.DEFAULT_FALLBACK_FONT_PATHS).split(",")) {
                fallbacks.add(DocumentFont.fallback(Path.of(path.strip())));
            }
            chain = FontChain.of(font(), fallbacks);
        }
        return chain;
    }

    /** The text PDFTextStripper extracts, all pages. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One font of a page as pdffonts lists it. */
    public record FontUse(int page, String name, String type, boolean embedded) {
    }

    /** Every font resource of every page (like poppler's pdffonts). */
    public static List<FontUse> fonts(byte[] pdf) {
        List<FontUse> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont f = resources.getFont(name);
                    fonts.add(new FontUse(number, f.getName(), f.getSubType(), f.isEmbedded()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }
}
