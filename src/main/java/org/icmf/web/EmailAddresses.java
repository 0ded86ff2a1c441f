package org.icmf.web;

import java.util.Locale;

/**
 * The one check of an e-mail address typed by someone, used by every form and by the outbox before it queues a
 * mail: exactly one address in the dot-atom form people use ({@code prenom.nom@exemple.fr}), within the lengths of
 * RFC 5321 (64 characters before the {@code @}, 254 in all). It reads each character once and uses no regular
 * expression, so a hostile value costs time in proportion to its length, and it refuses anything that could make
 * one field two recipients or a header ({@code ,} {@code ;} spaces, CR, LF, quotes, angle brackets). Letters beyond
 * ASCII are accepted (internationalised addresses), IP-address domains and quoted local parts are not.
 */
public final class EmailAddresses {

    /** RFC 5321's longest path (256) less its angle brackets. */
    public static final int MAX_LENGTH = 254;

    public static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final String LOCAL_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    private EmailAddresses() {}

    /** Whether {@code typed}, once surrounding blanks are stripped, is exactly one valid address. */
    public static boolean isValid(String typed) {
        if (typed == null || typed.length() > MAX_LENGTH + 64) {
            return false;
        }
        String address = typed.strip();
        if (address.isEmpty() || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.indexOf('@');
        if (at <= 0 || at > MAX_LOCAL_PART || at != address.lastIndexOf('@')) {
            return false;
        }
        return validLocalPart(address, at) && validDomain(address, at + 1);
    }

    /** The address as stored and compared: blanks stripped, lower case. Call on a valid address only. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean validLocalPart(String address, int end) {
        char previous = '.';
        for (int i = 0; i < end; i++) {
            char c = address.charAt(i);
            if (c == '.') {
                if (previous == '.') {
                    return false;
                }
            } else if (!isAsciiLetterOrDigit(c) && LOCAL_SYMBOLS.indexOf(c) < 0 && !isWordBeyondAscii(c)) {
                return false;
            }
            previous = c;
        }
        return previous != '.';
    }

    private static boolean validDomain(String address, int start) {
        int labels = 0;
        int labelStart = start;
        boolean digitsOnly = true;
        for (int i = start; i <= address.length(); i++) {
            char c = i < address.length() ? address.charAt(i) : '.';
            if (c == '.') {
                int length = i - labelStart;
                if (length == 0
                        || length > MAX_LABEL
                        || address.charAt(labelStart) == '-'
                        || address.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == address.length()) {
                    // the top-level domain: two characters at least, never all digits
                    return labels >= 2 && length >= 2 && !digitsOnly;
                }
                labelStart = i + 1;
                digitsOnly = true;
            } else if (isAsciiLetterOrDigit(c) || c == '-' || isWordBeyondAscii(c)) {
                digitsOnly &= c >= '0' && c <= '9';
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Letters, digits and combining marks of other scripts; no space, control, format or punctuation character. */
    private static boolean isWordBeyondAscii(char c) {
        if (c < 0x80) {
            return false;
        }
        if (Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
