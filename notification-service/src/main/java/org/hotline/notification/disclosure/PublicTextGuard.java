package org.hotline.notification.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.notification.config.NotificationConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What may not go public, in any text shown there (the public summary, the street): a phone number (mobile or
 * landline), an ID-card number (18 digits, the last may be X, or the old 15), a house number (12号, 3栋, 2单元, 501室),
 * or the caller's name. The text is normalised first (NFKC: full-width digits and letters become plain ones; spaces,
 * dots, dashes and brackets between digits dropped), so {@code １３９１２３４０００３} and {@code 139.1234.0003} are
 * the phone they are.
 * <p>
 * The caller's name is known here only as a <em>fingerprint</em>: its length and an HMAC-SHA256 of the normalised
 * name under a deployment secret ({@code notification.caller-name-key}), so that the table cannot be reversed by
 * trying every short name. Every run of the text as long as the name is fingerprinted the same way and compared —
 * whatever the name's length or script.
 */
@ApplicationScoped
public class PublicTextGuard {
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("(?<=\\d)[\\s\\-－—–()（）.·・/_,，]+(?=\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86)?1[3-9]\\d{9}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}\\d{7,8}(?!\\d)|(?<!\\d)[2-9]\\d{7}(?!\\d)");
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9Xx])(?:\\d{17}[0-9Xx]|\\d{15})(?![0-9Xx])");
    /** A house, building, entrance or room number; a date (12月3号) is not one. */
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<![月\\d])\\d{1,5}\\s*(?:号|栋|幢|单元|室|弄|號)");
    /** What a name is compared without: spaces, punctuation, symbols (张 三, Zhang-San, 欧阳·娜娜). */
    private static final Pattern NOT_NAME = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]+");

    private final SecretKeySpec key;

    @jakarta.inject.Inject
    public PublicTextGuard(NotificationConfig config) {
        this(config.callerNameKey());
    }

    PublicTextGuard(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("notification.caller-name-key must hold at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Why the text may not be published, or empty when it may. */
    public Optional<String> check(String text, String callerName) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String joined = DIGIT_SEPARATORS.matcher(normal).replaceAll("");
        if (MOBILE.matcher(joined).find() || LANDLINE.matcher(joined).find()) {
            return Optional.of("contains a phone number");
        }
        if (ID_CARD.matcher(joined).find()) {
            return Optional.of("contains an ID-card number");
        }
        if (HOUSE_NUMBER.matcher(normal).find()) {
            return Optional.of("contains a house or room number");
        }
        if (callerName != null && containsName(normal, callerName)) {
            return Optional.of("contains the caller's name");
        }
        return Optional.empty();
    }

    /** The fingerprint kept of a caller's name: {@code length:hmac}; null for a name with nothing to compare. */
    public String fingerprint(String name) {
        if (name == null) {
            return null;
        }
        String normal = comparable(name);
        return normal.isEmpty() ? null : normal.codePointCount(0, normal.length()) + ":" + hmac(normal);
    }

    private boolean containsName(String text, String fingerprint) {
        int colon = fingerprint.indexOf(':');
        if (colon < 1) {
            return false;
        }
        int length = Integer.parseInt(fingerprint.substring(0, colon));
        String expected = fingerprint.substring(colon + 1);
        int[] points = comparable(text).codePoints().toArray();
        for (int i = 0; i + length <= points.length; i++) {
            if (expected.equals(hmac(new String(points, i, length)))) {
                return true;
            }
        }
        return false;
    }

    private static String comparable(String text) {
        return NOT_NAME.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
