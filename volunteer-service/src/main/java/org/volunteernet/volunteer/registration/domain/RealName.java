package org.volunteernet.volunteer.registration.domain;

import java.text.Normalizer;

/**
 * A person's real name as registered (Decree 67 Art. 5: real-name registration) and as printed on
 * certificates: letters of any script, joined by the separators real names use.
 *
 * <p>The rule, applied to the NFC-normalised text after removing ordinary spaces (U+0020) at both ends:
 * <ul>
 *   <li>letters of any script ({@link Character#isLetter}), plus 〇 (U+3007, used in Chinese names), each
 *       optionally followed by combining marks (Mn, Mc) such as accents and vowel signs;</li>
 *   <li>between letters, one separator at a time: middle dot {@code ·} (U+00B7, as in 买买提·艾力 and
 *       transliterated foreign names; the look-alikes U+30FB and U+2022 are not accepted), space (U+0020),
 *       hyphen {@code -} (U+002D or U+2010) and apostrophe {@code '} (U+0027 or U+2019);</li>
 *   <li>no separator first, last or doubled; nothing else: no digits, no other punctuation or spaces
 *       (no-break, ideographic, zero-width), no control, format (bidi overrides, joiners), private-use,
 *       unassigned, enclosing-mark, variation-selector or emoji characters;</li>
 *   <li>at most 100 code points.</li>
 * </ul>
 */
public final class RealName {

    /** Longest name accepted, in code points. */
    public static final int MAX_LENGTH = 100;

    /**
     * Longest name a request may carry, in UTF-16 units as sent (before NFC): {@link #MAX_LENGTH} code points of
     * up to four units each (a decomposed letter with marks, or a supplementary character). The one bound of every
     * field and parameter that takes a real name, so that registration, correction and search agree.
     */
    public static final int MAX_INPUT_LENGTH = 4 * MAX_LENGTH;

    private RealName() {
    }

    /**
     * The name normalised (NFC, outer spaces removed).
     *
     * @throws IllegalArgumentException with a message for the client when the name breaks the rule
     */
    public static String normalize(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("must not be empty");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == ' ') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == ' ') {
            end--;
        }
        name = name.substring(start, end);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        }
        boolean afterLetter = false;
        boolean afterSeparator = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            String at = " (U+%04X at position %d)".formatted(cp, name.codePointCount(0, i) + 1);
            if (isLetter(cp)) {
                afterLetter = true;
                afterSeparator = false;
            } else if (isMark(cp)) {
                if (!afterLetter) {
                    throw new IllegalArgumentException("has a combining mark that follows no letter" + at);
                }
            } else if (isSeparator(cp)) {
                if (!afterLetter) {
                    throw new IllegalArgumentException(afterSeparator
                            ? "must not have two separators in a row" + at
                            : "must start with a letter, not a separator" + at);
                }
                afterLetter = false;
                afterSeparator = true;
            } else {
                throw new IllegalArgumentException("may contain only letters and the separators · - ' and single "
                        + "spaces, not " + describe(cp) + at);
            }
            i += Character.charCount(cp);
        }
        if (afterSeparator) {
            throw new IllegalArgumentException("must end with a letter, not a separator");
        }
        return name;
    }

    /** Whether {@code raw} is a valid name (see {@link #normalize}). */
    public static boolean isValid(String raw) {
        try {
            normalize(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isLetter(int cp) {
        return Character.isLetter(cp) || cp == 0x3007;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        boolean variationSelector = (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x180B && cp <= 0x180F);
        return (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) && !variationSelector;
    }

    private static boolean isSeparator(int cp) {
        return cp == 0x00B7 || cp == ' ' || cp == '-' || cp == 0x2010 || cp == '\'' || cp == 0x2019;
    }

    private static String describe(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL -> "a control character";
            case Character.FORMAT -> "an invisible formatting character";
            case Character.PRIVATE_USE -> "a private-use character";
            case Character.UNASSIGNED -> "an unassigned character";
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "this kind of space";
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> "a digit";
            case Character.OTHER_SYMBOL, Character.SURROGATE, Character.ENCLOSING_MARK -> "a symbol or emoji";
            default -> Character.isSupplementaryCodePoint(cp) || (cp >= 0xFE00 && cp <= 0xFE0F)
                    ? "a symbol or emoji" : "a symbol or punctuation mark";
        };
    }
}
