package org.volunteernet.common.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jboss.logging.Logger;

/**
 * One TrueType font of the documents, from which each document parses its own copy: PDFBox's font objects are not
 * shared between threads, and each document embeds only the glyphs it uses (a subset, typically 10-40 KB).
 *
 * <p>The main font ({@link #load}, a few MB) is held in memory. A fallback font ({@link #fallback}, e.g.
 * HanaMinB.ttf, 30 MB, for CJK Extension B-F) is not: it is read from its file only by a document that draws one of
 * its characters, since parsing it costs about 75 MB of heap and 0.3-1 s while the document is built (PDFBox copies
 * the file and its glyph table into memory). Which characters a font has is read once into a bit set, so asking
 * ({@link #covers}, {@link FontChain#unprintable}) parses nothing after that: for the main font at load, for a fallback when
 * it is first asked about a character (1-3 s for HanaMinB), which only happens for a character the main font lacks.
 * So no service pays for the fallbacks at start-up (every service loads the documents' fonts, few ever draw a rare
 * character).
 *
 * <p>Accepts a TrueType font (.ttf) or a face of a TrueType collection (.ttc) with glyf outlines.
 * CFF-based OpenType (for example Noto Sans CJK's .otf/.ttc) is refused: PDFBox 3 cannot subset it.
 */
public final class DocumentFont {

    private static final Logger LOG = Logger.getLogger(DocumentFont.class);

    private final Path path;
    private final String name;
    /** The file's bytes, or null for a font read from its file by each document that needs it. */
    private final byte[] bytes;
    private final boolean collection;
    /** The characters the font draws; for a fallback null until first asked (see the class comment). */
    private volatile BitSet coverage;

    private DocumentFont(Path path, String name, byte[] bytes, boolean collection) {
        this.path = path;
        this.name = name;
        this.bytes = bytes;
        this.collection = collection;
    }

    /**
     * Reads and checks the main font file, which must have Chinese glyphs.
     *
     * @param path a .ttf or .ttc file
     * @param name PostScript name of the face within a collection (ignored for a single font)
     * @throws DocumentFontException when the file is missing, unreadable, has no such face, no Chinese or has CFF outlines
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
        DocumentFont font = new DocumentFont(path, name, bytes, isCollection(bytes));
        font.check('志');
        return font;
    }

    /**
     * A fallback font: a TrueType font (.ttf; of a collection, its first face) for the characters the fonts before it
     * lack. Only its first bytes are read here; its outlines and characters are checked when it is first asked about a
     * character (see the class comment), and a fallback found unusable then draws nothing, with a warning.
     *
     * @throws DocumentFontException when the file is missing or unreadable
     */
    public static DocumentFont fallback(Path path) {
        byte[] magic = new byte[4];
        try (var in = Files.newInputStream(path)) {
            in.readNBytes(magic, 0, 4);
        } catch (NoSuchFileException e) {
            throw new DocumentFontException("The documents' fallback font " + path + " does not exist", e);
        } catch (IOException e) {
            throw new DocumentFontException("The documents' fallback font " + path + " cannot be read: " + e.getMessage(), e);
        }
        return new DocumentFont(path, null, null, isCollection(magic));
    }

    private static boolean isCollection(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f';
    }

    /** Parses the font once: glyf outlines, a Unicode cmap (with {@code required}, unless -1), and its coverage. */
    private void check(int required) {
        try (Parsed parsed = parse()) {
            if (parsed.font().getGlyph() == null) {
                throw new DocumentFontException("The font " + path + " has no TrueType (glyf) outlines; PDFBox embeds "
                        + "and subsets only those. Use a TrueType CJK font such as fonts-wqy-microhei", null);
            }
            var cmap = parsed.font().getUnicodeCmapLookup(false);
            if (cmap == null || (required >= 0 && cmap.getGlyphId(required) == 0)) {
                throw new DocumentFontException("The font " + path + " (" + name + ") has no Chinese glyphs", null);
            }
            coverage = coverage(parsed.font());
        } catch (IOException e) {
            throw new DocumentFontException("The font " + path + " is not a usable TrueType font: " + e.getMessage(), e);
        }
    }

    /**
     * The code points the font draws: those the Unicode cmap PDFBox draws with maps to a glyph other than 0 (so that
     * what is said to be covered is what {@code showText} accepts). Read from the cmap's glyph-to-codes map where it
     * has one (a few ms), else by asking for every code point (about 0.1-1 s).
     */
    private static BitSet coverage(TrueTypeFont font) throws IOException {
        var lookup = font.getUnicodeCmapLookup(false);
        BitSet covered = new BitSet();
        if (lookup instanceof CmapSubtable cmap) {
            for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null) {
                    codes.stream().filter(cp -> cp >= 0 && cp <= Character.MAX_CODE_POINT && cmap.getGlyphId(cp) != 0)
                            .forEach(covered::set);
                }
            }
            return covered;
        }
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (lookup.getGlyphId(cp) != 0) {
                covered.set(cp);
            }
        }
        return covered;
    }

    public Path path() {
        return path;
    }

    public String name() {
        return name;
    }

    /** Whether the font has a glyph for the Unicode code point. */
    public boolean covers(int codePoint) {
        return codePoint >= 0 && coverage().get(codePoint);
    }

    private BitSet coverage() {
        BitSet known = coverage;
        if (known == null) {
            synchronized (this) {
                if (coverage == null) {
                    try {
                        check(-1);
                    } catch (DocumentFontException e) {
                        LOG.warnf("The documents' fallback font %s draws nothing: %s", path, e.getMessage());
                        coverage = new BitSet();
                    }
                }
                known = coverage;
            }
        }
        return known;
    }

    /** {@code 𠀀 (U+20000)}: a character as a message names it, itself and its code point. */
    public static String describe(int codePoint) {
        return new String(Character.toChars(codePoint)) + " (" + TextLayout.codePoint(codePoint) + ")";
    }

    /** A fresh parse of the font for one document; close it after the document is saved. */
    Parsed parse() throws IOException {
        if (!collection) {
            TrueTypeFont font = new TTFParser().parse(source());
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                font.close();
                throw new DocumentFontException("The font " + path + " is CFF-based OpenType; use a TrueType CJK font", null);
            }
            return new Parsed(font, font);
        }
        TrueTypeCollection ttc = bytes != null ? new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes))
                : new TrueTypeCollection(path.toFile());
        TrueTypeFont font = name == null ? firstFace(ttc) : ttc.getFontByName(name);
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

    private RandomAccessRead source() throws IOException {
        return bytes != null ? new RandomAccessReadBuffer(bytes) : new RandomAccessReadBufferedFile(path);
    }

    private static TrueTypeFont firstFace(TrueTypeCollection ttc) throws IOException {
        List<TrueTypeFont> faces = new ArrayList<>();
        ttc.processAllFonts(f -> {
            if (faces.isEmpty()) {
                faces.add(f);
            }
        });
        return faces.isEmpty() ? null : faces.get(0);
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
