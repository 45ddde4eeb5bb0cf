package org.volunteernet.common.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The documents' fonts in order: the main CJK font, then fallbacks for the characters it lacks (by default HanaMinB
 * and HanaMinA of Debian's fonts-hanazono, for CJK Extension B-F and A: rare characters of real names such as 𠀀,
 * U+20000). Each character is drawn in the first font that has it; a character none has is printed as its code
 * point ({@code [U+20000]}). Immutable and shared between threads.
 */
public final class FontChain {

    private final List<DocumentFont> fonts;

    private FontChain(List<DocumentFont> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** The main font followed by {@code fallbacks}, in the order tried. */
    public static FontChain of(DocumentFont main, List<DocumentFont> fallbacks) {
        List<DocumentFont> fonts = new ArrayList<>();
        fonts.add(main);
        fonts.addAll(fallbacks);
        return new FontChain(fonts);
    }

    /** The main font alone. */
    public static FontChain of(DocumentFont main) {
        return of(main, List.of());
    }

    /** The fonts, the main one first. */
    public List<DocumentFont> fonts() {
        return fonts;
    }

    /** The position in {@link #fonts()} of the first font that has a glyph for {@code codePoint}, or -1 when none has. */
    public int fontFor(int codePoint) {
        for (int i = 0; i < fonts.size(); i++) {
            if (fonts.get(i).covers(codePoint)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether some font of the chain has a glyph for {@code codePoint}. */
    public boolean covers(int codePoint) {
        return fontFor(codePoint) >= 0;
    }

    /**
     * The distinct characters of {@code text} that no font of the chain has a glyph for (white space and invisible
     * format or control characters aside), in order of first appearance: what a document prints as a code point such
     * as {@code [U+30000]}. Empty when every character can be printed.
     */
    public List<Integer> unprintable(String text) {
        return text == null ? List.of() : TextLayout.undrawable(text, this::covers);
    }
}
