package org.volunteernet.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The rule of {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isPlainText(value);
    }

    private static final char ZERO_WIDTH_JOINER = '\u200D';

    /**
     * True when {@code text} has no control character, no unpaired surrogate, no bidirectional control and
     * no invisible format character (see {@link #isInvisible}), except a zero width joiner inside an emoji
     * sequence.
     */
    public static boolean isPlainText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (isInvisible(Character.toCodePoint(c, text.charAt(i + 1)))) {
                        return false;
                    }
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || Character.isISOControl(c) || isBidiControl(c)) {
                return false;
            }
            if (isInvisible(c) && !(c == ZERO_WIDTH_JOINER && joinsEmoji(text, i))) {
                return false;
            }
        }
        return true;
    }

    /** The explicit directional marks, embeddings, overrides and isolates (Unicode TR 9 / TR 36). */
    public static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    /**
     * The invisible format characters that make two identical-looking single-line texts differ (Unicode
     * TR 36 / TR 39 "default ignorable"): U+00AD soft hyphen, U+034F combining grapheme joiner, U+115F/U+1160
     * and U+3164/U+FFA0 Hangul fillers, U+17B4/U+17B5, U+180B-U+180F Mongolian selectors and vowel separator,
     * U+200B-U+200D zero width space, non-joiner and joiner, U+2060-U+2064 word joiner and invisible
     * operators, U+206A-U+206F deprecated format characters, U+FEFF byte order mark / zero width no-break
     * space, U+FFF9-U+FFFB interlinear annotation, U+1D173-U+1D17A musical formatting, U+E0000-U+E007F tags.
     * Variation selectors (U+FE00-U+FE0F) are not listed: they choose an emoji's or ideograph's form.
     */
    public static boolean isInvisible(int codePoint) {
        return codePoint == 0x00AD || codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160
                || codePoint == 0x17B4 || codePoint == 0x17B5 || (codePoint >= 0x180B && codePoint <= 0x180F)
                || (codePoint >= 0x200B && codePoint <= 0x200D) || (codePoint >= 0x2060 && codePoint <= 0x2064)
                || (codePoint >= 0x206A && codePoint <= 0x206F) || codePoint == 0x3164 || codePoint == 0xFEFF
                || codePoint == 0xFFA0 || (codePoint >= 0xFFF9 && codePoint <= 0xFFFB)
                || (codePoint >= 0x1D173 && codePoint <= 0x1D17A) || (codePoint >= 0xE0000 && codePoint <= 0xE007F);
    }

    /**
     * Whether the zero width joiner at {@code index} joins two emoji (as in 👨‍👩‍👧, where it is visible in
     * effect): a symbol, a variation selector U+FE0F or a skin-tone modifier before it, a symbol after it.
     * Anywhere else (between letters) it is refused like the other invisible characters.
     */
    static boolean joinsEmoji(CharSequence text, int index) {
        if (index == 0 || index + 1 >= text.length()) {
            return false;
        }
        int before = Character.codePointBefore(text, index);
        int after = Character.codePointAt(text, index + 1);
        boolean emojiBefore = Character.getType(before) == Character.OTHER_SYMBOL || before == 0xFE0F
                || (before >= 0x1F3FB && before <= 0x1F3FF);
        return emojiBefore && Character.getType(after) == Character.OTHER_SYMBOL;
    }
}
