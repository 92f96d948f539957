package org.hotline.intake.cases;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The same place however it was typed: full-width digits and letters folded (NFKC), case, spaces and
 * punctuation dropped. {@code 东区|人民路|人民路８８号 3单元} and {@code 东区|人民路|人民路88号3单元} match.
 */
public final class AddressKey {
    private AddressKey() {
    }

    /** The key of a full location, or null when there is no house address to compare. */
    public static String of(String district, String street, String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return fold(district) + "|" + fold(street) + "|" + fold(address);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "");
    }
}
