package org.icmf.blog;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.icmf.editing.EditableContent;
import org.icmf.web.Markdown;

/**
 * A news post. The Markdown source is what authors edit; the sanitised HTML, its plain text (indexed for
 * search by a generated column) and the excerpt are derived from it when it is saved, not on every read.
 */
@Entity
@Table(name = "blog_post")
class Post extends EditableContent implements PostFields {

    private String bodyText;

    private String excerptHtml;

    private boolean excerptTruncated;

    @Embedded
    private Attribution attribution;

    private Long authorAccountId;

    private String coverImageUrl;

    private String coverImageAlt;

    private Integer coverImageWidth;

    private Integer coverImageHeight;

    @Enumerated(EnumType.STRING)
    private PostStatus status;

    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    private PostStatus statusBeforeTrash;

    @ManyToMany
    @JoinTable(
            name = "blog_post_label",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "label_id"))
    private Set<Label> labels = new LinkedHashSet<>();

    protected Post() {}

    Post(Instant createdAt) {
        super(createdAt);
        this.status = PostStatus.DRAFT;
    }

    /** Replaces the content; the derived HTML, text and excerpt come from the caller's rendering. */
    void write(
            String slug,
            String title,
            String bodyMarkdown,
            Markdown.Rendering rendered,
            Attribution attribution,
            Long authorAccountId,
            Cover cover,
            Set<Label> labels,
            PostStatus status,
            Instant publishedAt,
            Instant now) {
        write(slug, title, bodyMarkdown, rendered, now);
        this.bodyText = rendered.text();
        this.excerptHtml = rendered.excerpt().html();
        this.excerptTruncated = rendered.excerpt().truncated();
        this.attribution = attribution;
        this.authorAccountId = authorAccountId;
        this.coverImageUrl = cover == null ? null : cover.url();
        this.coverImageAlt = cover == null ? null : cover.alt();
        this.coverImageWidth = cover == null ? null : cover.width();
        this.coverImageHeight = cover == null ? null : cover.height();
        this.labels = new LinkedHashSet<>(labels);
        this.status = status;
        this.publishedAt = publishedAt;
    }

    /** Puts the post in the trash: it leaves every public list at once, and can be put back as it was. */
    @Override
    public void trash(String byName, Instant now) {
        this.statusBeforeTrash = status;
        this.status = PostStatus.TRASHED;
        super.trash(byName, now);
    }

    /** Takes the post out of the trash with the status it had. */
    @Override
    public void untrash() {
        this.status = statusBeforeTrash;
        this.statusBeforeTrash = null;
        super.untrash();
    }

    @Override
    public boolean isTrashed() {
        return status == PostStatus.TRASHED;
    }

    String getBodyText() {
        return bodyText;
    }

    String getExcerptHtml() {
        return excerptHtml;
    }

    boolean isExcerptTruncated() {
        return excerptTruncated;
    }

    @Override
    public Attribution getAttribution() {
        return Attribution.orNone(attribution);
    }

    String getAuthorName() {
        return getAttribution().authorName();
    }

    @Override
    public String getCoverImageUrl() {
        return coverImageUrl;
    }

    /** The cover image, or null. */
    Cover getCover() {
        return coverImageUrl == null
                ? null
                : new Cover(coverImageUrl, coverImageAlt, coverImageWidth, coverImageHeight);
    }

    @Override
    public PostStatus getStatus() {
        return status;
    }

    @Override
    public Instant getPublishedAt() {
        return publishedAt;
    }

    boolean isPublicAt(Instant now) {
        return status == PostStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    /** Labels in alphabetical order, for a stable display. */
    List<Label> getSortedLabels() {
        return labels.stream().sorted(Comparator.comparing(Label::getName)).toList();
    }

    @Override
    public String getLabelList() {
        return getSortedLabels().stream().map(Label::getName).collect(Collectors.joining(", "));
    }
}
