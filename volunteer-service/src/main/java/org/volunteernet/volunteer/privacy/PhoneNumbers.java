package org.volunteernet.volunteer.privacy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers: parsed and checked with Google's libphonenumber (numbers without a country code are
 * read as mainland China, region CN), stored in E.164 ({@code +8613800001234}), and leaving the service
 * only masked, like ID numbers: a mainland mobile number becomes {@code 138****1234}, a number of another
 * country {@code +852 ****5678}. The full number is kept for the district office's own contact tools,
 * never sent back through the API, logged or published (Decree 67 Art. 16).
 */
public final class PhoneNumbers {

    /** Region for numbers written without a country code. */
    public static final String DEFAULT_REGION = "CN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number in E.164.
     *
     * @param raw as typed: digits, optionally a leading +, single spaces, hyphens or parentheses between them
     * @throws IllegalArgumentException with a message for the client when it is not a valid phone number
     *         (libphonenumber's {@code isValidNumber}: length and prefixes valid for the country)
     */
    public static String normalize(String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.length() > 32 || !typed.matches("\\+?[0-9]+([ ()-]?[0-9()]+)*")) {
            throw new IllegalArgumentException("must be a phone number: digits, optionally starting with + and "
                    + "the country code, single spaces or hyphens between groups");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(typed, DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("is not a phone number");
        }
        if (!UTIL.isValidNumber(number)) {
            throw new IllegalArgumentException("is not a valid phone number"
                    + (number.getCountryCode() == 86 ? " in mainland China (mobile numbers have 11 digits, 1xx xxxx xxxx)"
                            : " for country code +" + number.getCountryCode()));
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** The number masked for display; numbers stored before normalisation are masked digit by digit. */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String stored = phone.strip();
        try {
            if (stored.startsWith("+")) {
                PhoneNumber number = UTIL.parse(stored, DEFAULT_REGION);
                String national = UTIL.getNationalSignificantNumber(number);
                if (number.getCountryCode() == 86) {
                    if (UTIL.getNumberType(number) != PhoneNumberUtil.PhoneNumberType.MOBILE) {
                        national = "0" + national; // fixed lines are dialled with a trunk 0 (0451 ...)
                    }
                    return maskDigits(national);
                }
                return "+" + number.getCountryCode() + " " + "*".repeat(Math.max(0, national.length() - 4))
                        + national.substring(Math.max(0, national.length() - 4));
            }
        } catch (NumberParseException e) {
            // fall through to the digit-by-digit mask
        }
        return maskDigits(stored);
    }

    private static String maskDigits(String digits) {
        if (digits.length() <= 4) {
            return "*".repeat(digits.length());
        }
        int shown = digits.length() >= 11 ? 3 : 0;
        return digits.substring(0, shown) + "*".repeat(digits.length() - shown - 4) + digits.substring(digits.length() - 4);
    }
}
