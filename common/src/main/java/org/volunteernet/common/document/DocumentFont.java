package org.volunteernet.common.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One CJK font file held in memory (a few MB), from which each document parses its own copy: PDFBox's
 * font objects are not shared between threads, and each document embeds only the glyphs it uses (a
 * subset, typically 10-40 KB).
 *
 * <p>Accepts a TrueType font (.ttf) or a face of a TrueType collection (.ttc) with glyf outlines.
 * CFF-based OpenType (for example Noto Sans CJK's .otf/.ttc) is refused: PDFBox 3 cannot subset it.
 */
public final class DocumentFont {

    private final Path path;
    private final String name;
    private final byte[] bytes;
    private final boolean collection;

    private DocumentFont(Path path, String name, byte[] bytes, boolean collection) {
        this.path = path;
        this.name = name;
        this.bytes = bytes;
        this.collection = collection;
    }

    /**
     * Reads and checks the font file.
     *
     * @param path a .ttf or .ttc file
     * @param name PostScript name of the face within a collection (ignored for a single font)
     * @throws DocumentFontException when the file is missing, unreadable, has no such face or has CFF outlines
     */
    public static DocumentFont load(Path path, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DocumentFontException("The documents' CJK font " + path + " does not exist: install the Debian "
                    + "package fonts-wqy-microhei (apt-get install -y fonts-wqy-microhei) or set "
                    + "volunteernet.document.font-path to a TrueType (.ttf/.ttc) CJK font", e);
        } catch (IOException e) {
            throw new DocumentFontException("The documents' CJK font " + path + " cannot be read: " + e.getMessage(), e);
        }
        boolean collection = bytes.length >= 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f';
        DocumentFont font = new DocumentFont(path, name, bytes, collection);
        try (Parsed parsed = font.parse()) {
            if (parsed.font().getGlyph() == null) {
                throw new DocumentFontException("The font " + path + " has no TrueType (glyf) outlines; PDFBox embeds "
                        + "and subsets only those. Use a TrueType CJK font such as fonts-wqy-microhei", null);
            }
            if (parsed.font().getUnicodeCmapLookup(false) == null
                    || parsed.font().getUnicodeCmapLookup(false).getGlyphId('志') == 0) {
                throw new DocumentFontException("The font " + path + " (" + name + ") has no Chinese glyphs", null);
            }
        } catch (IOException e) {
            throw new DocumentFontException("The font " + path + " is not a usable TrueType font: " + e.getMessage(), e);
        }
        return font;
    }

    public Path path() {
        return path;
    }

    public String name() {
        return name;
    }

    /** Whether the font has a glyph for the Unicode code point. */
    static boolean covers(TrueTypeFont font, int codePoint) throws IOException {
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * The distinct characters of {@code text} this font has no glyph for (white space and invisible format or control
     * characters aside), in order of first appearance: what a document would print as a code point such as
     * {@code [U+20000]} instead of the character. Empty when every character can be printed.
     */
    public List<Integer> unprintable(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try (Parsed parsed = parse()) {
            TrueTypeFont font = parsed.font();
            return TextLayout.undrawable(text, cp -> {
                try {
                    return covers(font, cp);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the font " + path + " could not be read", e);
        }
    }

    /** {@code 𠀀 (U+20000)}: a character as a message names it, itself and its code point. */
    public static String describe(int codePoint) {
        return new String(Character.toChars(codePoint)) + " (" + TextLayout.codePoint(codePoint) + ")";
    }

    /** A fresh parse of the font for one document; close it after the document is saved. */
    Parsed parse() throws IOException {
        if (!collection) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                font.close();
                throw new DocumentFontException("The font " + path + " is CFF-based OpenType; use a TrueType CJK font", null);
            }
            return new Parsed(font, font);
        }
        TrueTypeCollection ttc = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
        TrueTypeFont font = ttc.getFontByName(name);
        if (font == null) {
            List<String> names = new ArrayList<>();
            ttc.processAllFonts(f -> names.add(f.getName()));
            ttc.close();
            throw new DocumentFontException("The collection " + path + " has no face named " + name + "; it has " + names
                    + " (set volunteernet.document.font-name)", null);
        }
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            ttc.close();
            throw new DocumentFontException("The face " + name + " of " + path + " is CFF-based; use a TrueType CJK font",
                    null);
        }
        return new Parsed(font, ttc);
    }

    /** A parsed font and what must be closed with it. */
    record Parsed(TrueTypeFont font, AutoCloseable owner) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                owner.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
