package org.hotline.notification.disclosure;

import org.hotline.platform.text.Sha256;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What may not go public: a phone number (mobile or landline, however spaced), an ID-card number (18 digits, the
 * last may be X, or the old 15), or the caller's name. The name is known here only as a salted hash; every run of
 * 2 to 4 characters of the text is hashed the same way and compared.
 */
public final class PublicTextGuard {
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("(?<=\\d)[\\s\\-－—()（）]+(?=\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86)?1[3-9]\\d{9}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}\\d{7,8}(?!\\d)|(?<!\\d)[2-9]\\d{7}(?!\\d)");
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9Xx])(?:\\d{17}[0-9Xx]|\\d{15})(?![0-9Xx])");
    private static final String SALT = "hotline-caller-name:";

    private PublicTextGuard() {
    }

    /** Why the text may not be published, or empty when it may. */
    public static Optional<String> check(String text, String callerNameHash) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String joined = DIGIT_SEPARATORS.matcher(text).replaceAll("");
        if (MOBILE.matcher(joined).find() || LANDLINE.matcher(joined).find()) {
            return Optional.of("contains a phone number");
        }
        if (ID_CARD.matcher(joined).find()) {
            return Optional.of("contains an ID-card number");
        }
        if (callerNameHash != null) {
            String compact = text.replaceAll("\\s", "");
            for (int length = 2; length <= 4; length++) {
                for (int i = 0; i + length <= compact.length(); i++) {
                    if (callerNameHash.equals(nameHash(compact.substring(i, i + length)))) {
                        return Optional.of("contains the caller's name");
                    }
                }
            }
        }
        return Optional.empty();
    }

    public static String nameHash(String name) {
        return Sha256.hex(SALT + name.replaceAll("\\s", ""));
    }
}
