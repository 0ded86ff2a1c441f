package org.icmf.comments;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.icmf.comments.CommentViews.Values;
import org.icmf.web.EmailAddress;
import org.icmf.web.EmailAddresses;

/**
 * What a visitor sends to comment. Any character is accepted in the name and the text (they are only ever
 * escaped), but no line break in the name; the website is an http(s) address or a bare domain (given
 * {@code https://}), never another scheme such as {@code javascript:}. {@code replyTo} is the comment answered;
 * {@code stamp} is SpamGuard's signed time the form was shown; {@code homepage} is the honeypot, hidden from
 * people (the real {@code website} field is legitimate here, so the trap has another name).
 */
public record CommentForm(
        @NotBlank(message = "{comment.name.required}")
        @Size(max = 100, message = "{comment.name.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{comment.name.pattern}")
        String name,

        @NotBlank(message = "{comment.email.required}")
        @Size(max = EmailAddresses.MAX_LENGTH, message = "{comment.email.size}")
        @EmailAddress(message = "{comment.email.invalid}")
        String email,

        @Size(max = 300, message = "{comment.website.size}") String website,
        // bounded here by the input edge; the configured maximum (icmf.comments.max-length) is checked by the
        // controller
        @NotBlank(message = "{comment.text.required}") @Size(max = 100_000, message = "{comment.text.tooLong}")
        String text,

        @NotNull(message = "{comment.consent.required}") @AssertTrue(message = "{comment.consent.required}")
        Boolean consent,

        Boolean notifyReplies,
        @Size(max = 19) String replyTo,
        @Size(max = 100) String stamp,
        @Size(max = 200) String homepage) {

    public boolean fromRobot() {
        return homepage != null && !homepage.isBlank();
    }

    /**
     * Whether the website, when given, is an http(s) address or a bare domain ({@code exemple.fr/page}): read once,
     * character by character, without a regular expression.
     */
    boolean websiteShaped() {
        if (website == null || website.isBlank()) {
            return true;
        }
        String address = website.strip();
        int scheme = address.regionMatches(true, 0, "https://", 0, 8)
                ? 8
                : address.regionMatches(true, 0, "http://", 0, 7) ? 7 : 0;
        if (scheme > 0) {
            return address.length() > scheme && urlCharacters(address, scheme);
        }
        int i = 0;
        int dots = 0;
        boolean inLabel = false;
        for (; i < address.length(); i++) {
            char c = address.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                inLabel = true;
            } else if (c == '.' && inLabel) {
                dots++;
                inLabel = false;
            } else {
                break;
            }
        }
        if (!inLabel || dots == 0) {
            return false;
        }
        return i == address.length() || ("/?#".indexOf(address.charAt(i)) >= 0 && urlCharacters(address, i + 1));
    }

    private static boolean urlCharacters(String address, int from) {
        for (int i = from; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || "<>\"'".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The comment answered, when the form says one; -1 for a value that is not an id (a forged form). */
    Long replyToId() {
        if (replyTo == null || replyTo.isBlank()) {
            return null;
        }
        return replyTo.strip().matches("\\d{1,18}") ? Long.valueOf(replyTo.strip()) : -1L;
    }

    Commenter commenter() {
        return new Commenter(
                name.strip(),
                email.strip().toLowerCase(Locale.ROOT),
                normalisedWebsite(),
                Boolean.TRUE.equals(notifyReplies));
    }

    /** The text as stored: line endings unified, blank edges trimmed. */
    String normalisedText() {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private String normalisedWebsite() {
        if (website == null || website.isBlank()) {
            return null;
        }
        String address = website.strip();
        return address.regionMatches(true, 0, "http://", 0, 7) || address.regionMatches(true, 0, "https://", 0, 8)
                ? address
                : "https://" + address;
    }

    /** What was typed, to show it again. */
    Values values() {
        return new Values(
                orEmpty(name),
                orEmpty(email),
                orEmpty(website),
                orEmpty(text),
                Boolean.TRUE.equals(consent),
                Boolean.TRUE.equals(notifyReplies));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
