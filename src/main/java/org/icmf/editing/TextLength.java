package org.icmf.editing;

/**
 * How long a text is to read: its words (runs of non-blank characters holding a letter or a digit, so that a dash
 * alone is no word and « rendez-vous » is one) and the minutes it takes at {@value #WORDS_PER_MINUTE} words a minute,
 * rounded up. Read character by character, no pattern.
 */
public record TextLength(int words, int minutes) {

    /** A common reading speed of French prose on a screen. */
    static final int WORDS_PER_MINUTE = 230;

    public static TextLength of(String plainText) {
        int words = 0;
        boolean counted = false; // the current run of non-blank characters is a word already
        for (int i = 0; i < plainText.length(); ) {
            int c = plainText.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return new TextLength(words, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
