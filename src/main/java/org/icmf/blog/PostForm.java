package org.icmf.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.icmf.editing.ContentForm;
import org.icmf.web.Slug;

/**
 * What the board types when writing a post. {@code publishAt} is a local date and time in the site's zone
 * (Europe/Paris); {@code coverImage} the address of an image of the media library; {@code status} is {@code DRAFT} or {@code PUBLISHED} (published with a future date means
 * scheduled); {@code labels} is a comma-separated list; {@code version} detects concurrent edits.
 */
public record PostForm(
        @NotBlank(message = "{post.title.required}") @Size(max = 200, message = "{post.title.size}")
        String title,

        @Slug String slug,

        @NotBlank(message = "{post.body.required}")
        @Size(max = ContentForm.MAX_BODY_LENGTH, message = "{post.body.size}")
        String body,

        @Size(max = 120, message = "{post.authorName.size}") String authorName,

        @Size(max = 200, message = "{post.sourceLabel.size}")
        String sourceLabel,

        @Size(max = 500, message = "{post.sourceUrl.size}")
        @Pattern(regexp = "|https?://\\S+", message = "{post.sourceUrl.pattern}")
        String sourceUrl,

        @Size(max = 100, message = "{post.coverImage.pattern}")
        @Pattern(regexp = "|/media/[0-9a-f]{16}\\.(jpg|png|webp|svg)", message = "{post.coverImage.pattern}")
        String coverImage,

        @Size(max = 300, message = "{post.labels.size}") @Pattern(regexp = "[^<>]*", message = "{post.labels.pattern}")
        String labels,

        @NotNull(message = "{post.status.pattern}")
        @Size(max = 100, message = "{post.status.pattern}")
        @Pattern(regexp = "DRAFT|PUBLISHED", message = "{post.status.pattern}")
        String status,

        @Size(max = 100, message = "{post.publishAt.pattern}")
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", message = "{post.publishAt.pattern}")
        String publishAt,
        // text, compared with the stored version: anything forged is a stale form, never a failed binding
        @Size(max = 19) String version)
        implements ContentForm {

    /** The value of an HTML {@code datetime-local} field, e.g. {@code 2009-04-15T18:00}. */
    public static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);

    public static PostForm blank(String authorName) {
        return new PostForm("", "", "", authorName, "", "", "", "", "DRAFT", "", null);
    }

    /** The publication time typed, if any; empty when the field is blank or not a real date (30 February). */
    public Optional<LocalDateTime> publishAtTime() {
        if (publishAt == null || publishAt.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(publishAt, LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean hasPublishAt() {
        return publishAt != null && !publishAt.isBlank();
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
