package org.volunteernet.volunteer.privacy;

/**
 * How a volunteer is shown to anyone at all (the public certificate verification): enough to recognise, not to
 * identify or to look up. One rule for both parts, the name and the volunteer number: a few characters stay where
 * they are, every other character becomes {@code *}, so the length and the shape stay visible.
 */
public final class PublicMasks {

    /** Characters of a volunteer number kept at its start: {@code V} and the 6-digit district code. */
    static final int NUMBER_KEPT_LEADING = 7;
    /** Characters of a volunteer number kept at its end. */
    static final int NUMBER_KEPT_TRAILING = 2;

    private PublicMasks() {
    }

    /** The first letter of each word kept: "Li Ming" becomes "L* M***", "张伟" becomes "张*". */
    public static String name(String name) {
        StringBuilder masked = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                masked.appendCodePoint(cp);
                wordStart = true;
            } else {
                if (wordStart) {
                    masked.appendCodePoint(cp);
                } else {
                    masked.append('*');
                }
                wordStart = false;
            }
            i += Character.charCount(cp);
        }
        return masked.toString();
    }

    /**
     * The {@code V}, the district code and the last 2 digits kept, the 6 digits between masked:
     * {@code V23011000000012} becomes {@code V230110******12}. A number too short to keep anything (never issued,
     * a volunteer number is 15 characters) is masked whole.
     */
    public static String volunteerNumber(String number) {
        if (number == null) {
            return null;
        }
        int length = number.length();
        if (length <= NUMBER_KEPT_LEADING + NUMBER_KEPT_TRAILING) {
            return "*".repeat(length);
        }
        return number.substring(0, NUMBER_KEPT_LEADING) + "*".repeat(length - NUMBER_KEPT_LEADING - NUMBER_KEPT_TRAILING)
                + number.substring(length - NUMBER_KEPT_TRAILING);
    }
}
