package org.hotline.platform.text;

/** The one XML text escaper of every XML document the services write (Atom, Open311). */
public final class Xml {
    private Xml() {
    }

    /**
     * The value as XML character data or attribute text: {@code & < > "} escaped, and what XML 1.0 cannot carry
     * at all (control characters other than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF)
     * dropped, so that no stored text can make a document ill-formed. Null is the empty string.
     */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production. */
    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
