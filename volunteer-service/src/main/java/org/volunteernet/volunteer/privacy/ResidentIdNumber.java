package org.volunteernet.volunteer.privacy;

/** The 18-character PRC resident identity number (GB 11643) and its ISO 7064 MOD 11-2 check digit. */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    public static boolean hasValidFormat(String number) {
        return number != null && number.matches("[0-9]{17}[0-9Xx]");
    }

    public static boolean hasValidCheckDigit(String number) {
        if (!hasValidFormat(number)) {
            return false;
        }
        return Character.toUpperCase(number.charAt(17)) == checkDigit(number.substring(0, 17));
    }

    /** The check character for the first 17 digits. */
    public static char checkDigit(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
