package org.icmf.comments;

import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.icmf.comments.CommentViews.Values;

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
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{comment.name.pattern}") String name,
        @NotBlank(message = "{comment.email.required}")
        @Size(max = 320, message = "{comment.email.size}")
        @Pattern(regexp = "\\s*[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+\\s*", message = "{comment.email.invalid}")
        String email,
        @Size(max = 300, message = "{comment.website.size}")
        @Pattern(regexp = "(?i)\\s*|\\s*https?://[^\\s<>\"']+\\s*|\\s*[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:[/?#][^\\s<>\"']*)?\\s*",
                message = "{comment.website.invalid}") String website,
        @NotBlank(message = "{comment.text.required}") String text,
        @NotNull(message = "{comment.consent.required}")
        @AssertTrue(message = "{comment.consent.required}") Boolean consent,
        Boolean notifyReplies,
        String replyTo,
        String stamp,
        String homepage) {

    public boolean fromRobot() {
        return homepage != null && !homepage.isBlank();
    }

    /** The comment answered, when the form says one; -1 for a value that is not an id (a forged form). */
    Long replyToId() {
        if (replyTo == null || replyTo.isBlank()) {
            return null;
        }
        return replyTo.strip().matches("\\d{1,18}") ? Long.valueOf(replyTo.strip()) : -1L;
    }

    Commenter commenter() {
        return new Commenter(name.strip(), email.strip().toLowerCase(Locale.ROOT), normalisedWebsite(),
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
                ? address : "https://" + address;
    }

    /** What was typed, to show it again. */
    Values values() {
        return new Values(orEmpty(name), orEmpty(email), orEmpty(website), orEmpty(text), Boolean.TRUE.equals(consent),
                Boolean.TRUE.equals(notifyReplies));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
