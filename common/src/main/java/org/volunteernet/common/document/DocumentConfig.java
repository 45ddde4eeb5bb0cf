package org.volunteernet.common.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * Where the documents' CJK fonts come from ({@code volunteernet.document.*}).
 *
 * <p>The main font is WenQuanYi Micro Hei (文泉驿微米黑) from Debian's {@code fonts-wqy-microhei} package
 * (Apache-2.0 or GPL-3+ with the font exception): a TrueType collection with glyf outlines, which PDFBox
 * embeds as a subset. It lacks the rare characters of CJK Extension B and beyond (生僻字 such as 𠀀, U+20000)
 * and most of Extension A; those come from the fallback fonts HanaMinB and HanaMinA (花園明朝) of Debian's
 * {@code fonts-hanazono} package (Hanazono Font License or SIL OFL 1.1, both allow embedding), TrueType too.
 * The deploy scripts install both packages; see README.
 */
@ConfigMapping(prefix = "volunteernet.document")
public interface DocumentConfig {

    /** Default font file: fonts-wqy-microhei's TrueType collection. */
    String DEFAULT_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /** PostScript name of the face taken from a collection (.ttc); ignored for a single .ttf. */
    String DEFAULT_FONT_NAME = "WenQuanYiMicroHei";

    /** A TrueType (.ttf) or TrueType collection (.ttc) file with glyf outlines covering CJK; CFF-based OTF is refused. */
    @WithDefault(DEFAULT_FONT_PATH)
    String fontPath();

    /** PostScript name of the face in a collection. */
    @WithDefault(DEFAULT_FONT_NAME)
    String fontName();

    /** Default fallbacks: fonts-hanazono's Extension B-F font, then its BMP and Extension A font. */
    String DEFAULT_FALLBACK_FONT_PATHS = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf,"
            + "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf";

    /**
     * TrueType fonts (.ttf; of a .ttc, its first face) tried in this order for a character the main font lacks,
     * comma-separated. A missing one is a warning at start-up; documents are then drawn without it.
     */
    @WithDefault(DEFAULT_FALLBACK_FONT_PATHS)
    List<String> fallbackFontPaths();

    /** What start-up does when the font cannot be read: warn (documents then fail with 503) or fail the start. */
    @WithDefault("warn")
    FontCheck fontCheck();

    enum FontCheck {
        /** Log a warning at start; rendering answers 503 until the font is installed. */
        WARN,
        /** Refuse to start: for services whose documents are part of their contract (volunteer-service in prod). */
        FAIL
    }
}
