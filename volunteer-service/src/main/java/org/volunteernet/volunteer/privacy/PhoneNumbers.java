package org.volunteernet.volunteer.privacy;

/**
 * Phone numbers leave the service masked, like ID numbers: {@code 13800001234} becomes
 * {@code 138****1234}. The full number is kept for the district office's own contact tools, never
 * sent back through the API, logged or published.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip();
        if (digits.length() <= 4) {
            return "*".repeat(digits.length());
        }
        int shown = digits.length() >= 11 ? 3 : 0;
        return digits.substring(0, shown) + "*".repeat(digits.length() - shown - 4) + digits.substring(digits.length() - 4);
    }
}
