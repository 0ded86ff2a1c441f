package org.icmf.web;

/**
 * LIKE patterns built from typed text, where {@code %} and {@code _} are letters to find, not wildcards. Queries
 * using them must say {@code escape '\'} (in JPQL, or pass {@code '\\'} to the criteria builder's {@code like}).
 */
public final class LikePatterns {

    /** The escape character the patterns use. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {}

    /** A pattern matching any text that contains {@code text} as typed. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** {@code text} with the escape character, {@code %} and {@code _} escaped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
