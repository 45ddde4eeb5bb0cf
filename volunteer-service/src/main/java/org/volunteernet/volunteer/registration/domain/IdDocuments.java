package org.volunteernet.volunteer.registration.domain;

import java.time.LocalDate;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.volunteer.privacy.ResidentIdNumber;

/**
 * Checks an ID document number against its kind and the birth date given at registration (Decree 67
 * Art. 5: a record holds birth date and ID document number). Numbers are compared upper-cased without
 * surrounding spaces.
 *
 * <ul>
 *   <li>{@link IdType#PRC_RESIDENT_ID}: GB 11643-1999, 18 characters (17 digits and a check digit or X);
 *       the check character by ISO 7064 MOD 11-2; the address code's first two digits a province-level code
 *       of GB/T 2260 (so not 000000); the birth date inside a real date, not before 1900 and not in the
 *       future, and equal to {@code birthDate}; the sequence code odd for a man and even for a woman, so
 *       agreeing with {@code gender} (unless it is UNSPECIFIED). Residence-permit numbers
 *       (810000/820000/830000) are refused here: they are registered under their own kind.</li>
 *   <li>{@link IdType#HK_MACAO_PERMIT}: the residence permit for Hong Kong (810000...) or Macao
 *       (820000...) residents, checked as a resident ID; or the travel permit (港澳居民来往内地通行证), H or M
 *       and 8 or 10 digits.</li>
 *   <li>{@link IdType#TAIWAN_PERMIT}: the residence permit for Taiwan residents (830000...), checked as a
 *       resident ID; or the travel permit (台湾居民来往大陆通行证), 8 or 10 digits.</li>
 *   <li>{@link IdType#FOREIGN_PERMANENT_RESIDENT_ID}: the 2023 card, 18 characters starting with 9, checked
 *       as a resident ID (its characters 2-3 the issuing province, a GB/T 2260 code); or the 2017 card, 3
 *       letters of nationality and 12 digits (shape only).</li>
 *   <li>{@link IdType#PASSPORT}: 5 to 32 letters and digits.</li>
 * </ul>
 * Refusals are 400 problem+json naming {@code idNumber}, or {@code birthDate} or {@code gender} when the
 * number disagrees with them.
 */
public final class IdDocuments {

    private static final String[] PERMIT_PREFIXES = {"810000", "820000", "830000"};

    private IdDocuments() {
    }

    /**
     * The number normalised (upper case, stripped) if it is valid for its kind and agrees with {@code birthDate}
     * and {@code gender} (null or UNSPECIFIED: not compared).
     */
    public static String check(IdType type, String number, LocalDate birthDate, Gender gender, LocalDate today) {
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        switch (type) {
            case PRC_RESIDENT_ID -> {
                for (String prefix : PERMIT_PREFIXES) {
                    if (n.startsWith(prefix) && n.length() == 18) {
                        throw invalid(prefix.startsWith("83")
                                ? "is a residence permit number of a Taiwan resident: register it as TAIWAN_PERMIT"
                                : "is a residence permit number of a Hong Kong or Macao resident: register it as "
                                        + "HK_MACAO_PERMIT");
                    }
                }
                gb11643(n, birthDate, gender, today);
                if (!ResidentIdNumber.hasProvinceCodeAt(n, 0)) {
                    throw invalid("the address code " + n.substring(0, 6) + " is not in a province of GB/T 2260 "
                            + "(its first two digits must be a province-level code, e.g. 23 for Heilongjiang)");
                }
            }
            case HK_MACAO_PERMIT -> {
                if (n.length() == 18) {
                    if (!n.startsWith("810000") && !n.startsWith("820000")) {
                        throw invalid("an 18-digit residence permit of a Hong Kong or Macao resident starts with "
                                + "810000 (Hong Kong) or 820000 (Macao)");
                    }
                    gb11643(n, birthDate, gender, today);
                } else if (!n.matches("[HM][0-9]{8}([0-9]{2})?")) {
                    throw invalid("must be a residence permit number (18 characters, 810000 or 820000 first) or a "
                            + "travel permit number (H or M and 8 or 10 digits)");
                }
            }
            case TAIWAN_PERMIT -> {
                if (n.length() == 18) {
                    if (!n.startsWith("830000")) {
                        throw invalid("an 18-digit residence permit of a Taiwan resident starts with 830000");
                    }
                    gb11643(n, birthDate, gender, today);
                } else if (!n.matches("[0-9]{8}([0-9]{2})?")) {
                    throw invalid("must be a residence permit number (18 characters, 830000 first) or a travel "
                            + "permit number (8 or 10 digits)");
                }
            }
            case FOREIGN_PERMANENT_RESIDENT_ID -> {
                if (n.length() == 18) {
                    if (n.charAt(0) != '9') {
                        throw invalid("an 18-character foreign permanent resident ID (2023) starts with 9");
                    }
                    gb11643(n, birthDate, gender, today);
                    if (!ResidentIdNumber.hasProvinceCodeAt(n, 1)) {
                        throw invalid("characters 2-3 of a foreign permanent resident ID (2023) must be the issuing "
                                + "province's GB/T 2260 code");
                    }
                } else if (!n.matches("[A-Z]{3}[0-9]{12}")) {
                    throw invalid("must be a foreign permanent resident ID: 18 characters starting with 9 (2023 "
                            + "card) or 3 letters and 12 digits (2017 card)");
                }
            }
            case PASSPORT -> {
                if (!n.matches("[A-Z0-9]{5,32}")) {
                    throw invalid("must be 5 to 32 letters and digits");
                }
            }
        }
        return n;
    }

    /**
     * GB 11643-1999: shape, check character, a real and plausible birth date that agrees with {@code birthDate},
     * and a sequence code whose parity (odd: man, even: woman) agrees with {@code gender}.
     */
    static void gb11643(String n, LocalDate birthDate, Gender gender, LocalDate today) {
        if (!ResidentIdNumber.hasValidFormat(n)) {
            throw invalid("must be 18 characters: 17 digits and a check digit or X");
        }
        if (!ResidentIdNumber.hasValidCheckDigit(n)) {
            throw invalid("check digit does not match");
        }
        LocalDate inside = ResidentIdNumber.birthDate(n)
                .orElseThrow(() -> invalid("characters 7-14 must be a real birth date (yyyyMMdd)"));
        if (inside.isBefore(ResidentIdNumber.EARLIEST_BIRTH_DATE) || inside.isAfter(today)) {
            throw invalid("the birth date inside (" + inside + ") is not plausible");
        }
        if (birthDate != null && !inside.equals(birthDate)) {
            throw ProblemException.invalid("birthDate", "does not match the birth date in the ID number");
        }
        boolean male = ResidentIdNumber.isMale(n);
        if (gender == Gender.MALE && !male || gender == Gender.FEMALE && male) {
            throw ProblemException.invalid("gender", "does not match the ID number (its 17th digit is "
                    + (male ? "odd: male" : "even: female") + ")");
        }
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalid("idNumber", message);
    }
}
