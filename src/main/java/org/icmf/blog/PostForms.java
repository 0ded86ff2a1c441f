package org.icmf.blog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.icmf.editing.RejectedFieldException;
import org.icmf.media.MediaLibrary;
import org.icmf.web.Actor;
import org.icmf.web.Markdown;
import org.icmf.web.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The post form bound both ways: a post or one of its revisions shown as a {@link PostForm}, and a form written into
 * a post, with its labels (created when new) and its cover image (looked up in the media library).
 */
@Component
class PostForms {

    private final LabelRepository labels;
    private final MediaLibrary media;
    private final Markdown markdown;

    PostForms(LabelRepository labels, MediaLibrary media, Markdown markdown) {
        this.labels = labels;
        this.media = media;
        this.markdown = markdown;
    }

    /** The form showing a post ({@code version} its own) or a revision ({@code version} null: saving restores it). */
    PostForm form(PostFields saved, String version, ZoneId zone) {
        return new PostForm(
                saved.getTitle(),
                saved.getSlug(),
                saved.getBodyMarkdown(),
                saved.getAttribution().authorName(),
                saved.getAttribution().sourceLabel(),
                saved.getAttribution().sourceUrl(),
                Objects.requireNonNullElse(saved.getCoverImageUrl(), ""),
                saved.getLabelList(),
                saved.getStatus().name(),
                saved.getPublishedAt() == null
                        ? ""
                        : PostForm.LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(saved.getPublishedAt(), zone)),
                version);
    }

    /**
     * Writes the form into the post; {@code publishedAt} is decided by {@link PostPublication}. Throws
     * {@link RejectedFieldException} when the cover image is not in the media library.
     */
    void write(Post post, PostForm form, String slug, Instant publishedAt, Actor editor, Instant now) {
        post.write(
                slug,
                form.title().strip(),
                form.body(),
                markdown.render(form.body()),
                new Attribution(
                        blankToNull(form.authorName()), blankToNull(form.sourceLabel()), blankToNull(form.sourceUrl())),
                editor.accountId(),
                cover(form.coverImage()),
                labels(form.labels()),
                PostStatus.valueOf(form.status()),
                publishedAt,
                now);
    }

    /** The cover an address of the media library names; its text alternative and size are copied. */
    private Cover cover(String url) {
        if (!StringUtils.hasText(url)) {
            return null;
        }
        return media.findByUrl(url.strip())
                .map(image -> new Cover(image.url(), image.altText(), image.width(), image.height()))
                .orElseThrow(() -> new RejectedFieldException(
                        "coverImage", "post.coverImage.unknown", "post.revision.coverMissing"));
    }

    /** Labels named in a comma-separated list, created when new; "Métier" and "métier" are the same label. */
    private Set<Label> labels(String list) {
        Map<String, String> namesBySlug = new LinkedHashMap<>();
        Arrays.stream(list == null ? new String[0] : list.split(","))
                .map(String::strip)
                .filter(name -> !Slugs.slugify(name).isEmpty())
                .forEach(name -> namesBySlug.putIfAbsent(Slugs.slugify(name), name));
        Map<String, Label> existing = labels.findBySlugIn(namesBySlug.keySet()).stream()
                .collect(Collectors.toMap(Label::getSlug, label -> label));
        Set<Label> found = new LinkedHashSet<>();
        namesBySlug.forEach((slug, name) ->
                found.add(existing.computeIfAbsent(slug, missing -> labels.save(new Label(missing, name)))));
        return found;
    }

    private static String blankToNull(String text) {
        return StringUtils.hasText(text) ? text.strip() : null;
    }
}
