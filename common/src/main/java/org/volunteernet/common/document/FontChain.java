package org.volunteernet.common.document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The documents' fonts in order: the main CJK font, then fallbacks for the characters it lacks (by default HanaMinB
 * and HanaMinA of Debian's fonts-hanazono, for CJK Extension B-F and A: rare characters of real names such as 𠀀,
 * U+20000). Each character is drawn in the first font that has it; a character none has is printed as its code
 * point ({@code [U+20000]}). Shared between threads.
 *
 * <p>A document that draws a fallback's character parses that font for itself, about 75 MB of heap for HanaMinB
 * and 60 MB for HanaMinA while it is open (see {@link DocumentFont}); so that a burst of such documents does not
 * exhaust a service's heap (384 MB locally), one document at a time holds parsed fallbacks and the others wait
 * for it (about a second each). A document that waited {@value #TURN_WAIT_SECONDS} s goes ahead anyway, so that
 * nothing can wait forever (e.g. one thread with two such documents open).
 */
public final class FontChain {

    private static final Logger LOG = Logger.getLogger(FontChain.class);
    static final long TURN_WAIT_SECONDS = 30;

    private final List<DocumentFont> fonts;
    private final Semaphore fallbackTurn = new Semaphore(1, true);

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

    /**
     * Waits for the turn to parse fallback fonts (see the class comment). True when the turn was taken: give it back
     * with {@link #endFallbackTurn()}; false when the wait timed out or was interrupted and the document goes ahead.
     */
    boolean awaitFallbackTurn() {
        try {
            if (fallbackTurn.tryAcquire(TURN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
            LOG.warnf("A document waited %d s for the fallback fonts and parses them alongside another", TURN_WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Whether no document holds the turn to parse fallback fonts. */
    boolean fallbackTurnFree() {
        return fallbackTurn.availablePermits() > 0;
    }

    /** Gives back the turn {@link #awaitFallbackTurn()} took. */
    void endFallbackTurn() {
        fallbackTurn.release();
    }
}
