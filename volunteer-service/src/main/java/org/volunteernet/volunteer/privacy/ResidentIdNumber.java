package org.volunteernet.volunteer.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers built as the 18-character PRC citizen identity number (GB 11643-1999): 6-digit address code,
 * 8-digit birth date (yyyyMMdd), 3-digit sequence (odd for men, even for women) and a check character
 * by ISO 7064 MOD 11-2 (0-9 or X). The same structure serves the residence permits of Hong Kong, Macao
 * and Taiwan residents (address codes 810000, 820000, 830000) and the foreign permanent-resident ID card
 * of 2023 (first digit 9).
 */
public final class ResidentIdNumber {

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Earliest birth date taken as plausible. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /**
     * The province-level codes of GB/T 2260 (the first two digits of an address code): 11-15, 21-23, 31-37,
     * 41-46, 50-54, 61-65, 71 (Taiwan), 81 (Hong Kong), 82 (Macao). Not in it: 83, which only the residence
     * permits of Taiwan residents use (830000), and any 9x (the foreign permanent-resident ID starts with 9).
     */
    public static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

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

    /** The birth date written at characters 7-14, if it is a real calendar date; empty otherwise. */
    public static Optional<LocalDate> birthDate(String number) {
        if (number == null || number.length() < 14) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(number.substring(6, 14), BIRTH_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the two characters at {@code position} are a province-level code of GB/T 2260. */
    public static boolean hasProvinceCodeAt(String number, int position) {
        return number != null && number.length() >= position + 2
                && PROVINCE_CODES.contains(number.substring(position, position + 2));
    }

    /**
     * Whether the sequence code (characters 15-17) names a man: GB 11643-1999 gives men odd and women even
     * sequence codes, so the 17th character decides.
     */
    public static boolean isMale(String number) {
        return (number.charAt(16) - '0') % 2 == 1;
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
