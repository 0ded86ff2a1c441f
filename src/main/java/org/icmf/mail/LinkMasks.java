package org.icmf.mail;

/**
 * Hides the tokens of personal links ({@code …/evenements/inscription/••••••}): a path segment of exactly 43
 * characters of {@code [A-Za-z0-9_-]} after a {@code /}, the shape of {@link org.icmf.web.Tokens}. The admin pages
 * show every body masked, and a mail's stored body is masked once it leaves the queue (sent, kept or given up), so
 * that neither a board member nor a copy of the database can act as the person the link was for. One pass over
 * the text, no regular expression.
 */
final class LinkMasks {

    static final String MASK = "••••••";
    private static final int TOKEN_LENGTH = 43;

    private LinkMasks() {}

    /** Whether {@code text} holds at least one personal link. */
    static boolean holdsTokens(String text) {
        return !mask(text).equals(text);
    }

    /** {@code text} with every token of a link replaced by {@link #MASK}; the same string when there is none. */
    static String mask(String text) {
        StringBuilder masked = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '/') {
                i++;
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < text.length() && isTokenCharacter(text.charAt(end))) {
                end++;
            }
            if (end - start == TOKEN_LENGTH) {
                if (masked == null) {
                    masked = new StringBuilder(text.length());
                }
                masked.append(text, copied, start).append(MASK);
                copied = end;
            }
            i = end;
        }
        return masked == null
                ? text
                : masked.append(text, copied, text.length()).toString();
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
