package org.hotline.intake.cases;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mainland China phone numbers as callers give them, in one canonical form so that a look-up by phone finds the
 * caller's cases however the number was typed. Accepted (spaces, hyphens, brackets and a {@code +86}/{@code 0086}
 * prefix are ignored):
 * <ul>
 *   <li>mobile: 11 digits, {@code 1[3-9]xxxxxxxxx} → {@code 13812345678}</li>
 *   <li>landline with area code: {@code 010}/{@code 02x} + 8 digits, or a 4-digit area code {@code 0[3-9]xx} + 7–8
 *       digits → {@code 021-62345678}, {@code 0571-8765432}</li>
 *   <li>landline without area code (a local caller): 7–8 digits not starting with 0 or 1 → {@code 62345678}</li>
 * </ul>
 */
public final class PhoneNumber {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern SHORT_AREA = Pattern.compile("(010|02\\d)(\\d{8})");
    private static final Pattern LONG_AREA = Pattern.compile("(0[3-9]\\d{2})([2-9]\\d{6,7})");
    private static final Pattern LOCAL = Pattern.compile("[2-9]\\d{6,7}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()（）]");

    private PhoneNumber() {
    }

    /** The canonical form, or empty when this is not a mainland mobile or landline number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        boolean international = false;
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
            international = true;
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
            international = true;
        }
        if (international && !digits.startsWith("1")) {
            digits = "0" + digits; // +86 21 6234 5678: the trunk prefix 0 is dropped abroad
        }
        if (MOBILE.matcher(digits).matches() || LOCAL.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        var m = SHORT_AREA.matcher(digits);
        if (m.matches()) {
            return Optional.of(m.group(1) + "-" + m.group(2));
        }
        m = LONG_AREA.matcher(digits);
        if (m.matches()) {
            return Optional.of(m.group(1) + "-" + m.group(2));
        }
        return Optional.empty();
    }
}
