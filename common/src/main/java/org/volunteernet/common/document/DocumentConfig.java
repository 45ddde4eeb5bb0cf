package org.volunteernet.common.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the documents' CJK font comes from ({@code volunteernet.document.*}).
 *
 * <p>The default is WenQuanYi Micro Hei (文泉驿微米黑) from Debian's {@code fonts-wqy-microhei} package
 * (Apache-2.0 or GPL-3+ with the font exception): a TrueType collection with glyf outlines, which PDFBox
 * embeds as a subset. The deploy scripts install the package; see README.
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
