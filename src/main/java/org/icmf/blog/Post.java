package org.icmf.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.icmf.web.Markdown;

/**
 * A news post. The Markdown source is what authors edit; the sanitised HTML, its plain text (indexed for
 * search by a generated column) and the excerpt are derived from it when it is saved, not on every read.
 */
@Entity
@Table(name = "blog_post")
class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String bodyMarkdown;

    private String bodyHtml;

    private String bodyText;

    private String excerptHtml;

    private boolean excerptTruncated;

    /** An image of the body has no text alternative: the dashboard lists the post until it is fixed. */
    private boolean missingAltText;

    private String authorName;

    private Long authorAccountId;

    private String sourceLabel;

    private String sourceUrl;

    private String coverImageUrl;

    private String coverImageAlt;

    private Integer coverImageWidth;

    private Integer coverImageHeight;

    @Enumerated(EnumType.STRING)
    private PostStatus status;

    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    private PostStatus statusBeforeTrash;

    private Instant trashedAt;

    private String trashedByName;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @ManyToMany
    @JoinTable(
            name = "blog_post_label",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "label_id"))
    private Set<Label> labels = new LinkedHashSet<>();

    protected Post() {}

    Post(Instant createdAt) {
        this.createdAt = createdAt;
        this.status = PostStatus.DRAFT;
    }

    /** Replaces the content; the derived HTML, text and excerpt come from the caller's rendering. */
    void write(
            String slug,
            String title,
            String bodyMarkdown,
            Markdown.Rendering rendered,
            String authorName,
            Long authorAccountId,
            String sourceLabel,
            String sourceUrl,
            Cover cover,
            Set<Label> labels,
            PostStatus status,
            Instant publishedAt,
            Instant now) {
        this.slug = slug;
        this.title = title;
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = rendered.html();
        this.bodyText = rendered.text();
        this.excerptHtml = rendered.excerpt().html();
        this.excerptTruncated = rendered.excerpt().truncated();
        this.missingAltText = rendered.imageWithoutAltText();
        this.authorName = authorName;
        this.authorAccountId = authorAccountId;
        this.sourceLabel = sourceLabel;
        this.sourceUrl = sourceUrl;
        this.coverImageUrl = cover == null ? null : cover.url();
        this.coverImageAlt = cover == null ? null : cover.alt();
        this.coverImageWidth = cover == null ? null : cover.width();
        this.coverImageHeight = cover == null ? null : cover.height();
        this.labels = new LinkedHashSet<>(labels);
        this.status = status;
        this.publishedAt = publishedAt;
        this.updatedAt = now;
    }

    /** Puts the post in the trash: it leaves every public list at once, and can be put back as it was. */
    void trash(String byName, Instant now) {
        this.statusBeforeTrash = status;
        this.status = PostStatus.TRASHED;
        this.trashedAt = now;
        this.trashedByName = byName;
    }

    /** Takes the post out of the trash with the status it had. */
    void untrash() {
        this.status = statusBeforeTrash;
        this.statusBeforeTrash = null;
        this.trashedAt = null;
        this.trashedByName = null;
    }

    boolean isTrashed() {
        return status == PostStatus.TRASHED;
    }

    Instant getTrashedAt() {
        return trashedAt;
    }

    String getTrashedByName() {
        return trashedByName;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    long getVersion() {
        return version;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getTitle() {
        return title;
    }

    String getBodyHtml() {
        return bodyHtml;
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

    String getAuthorName() {
        return authorName;
    }

    String getSourceLabel() {
        return sourceLabel;
    }

    String getSourceUrl() {
        return sourceUrl;
    }

    /** The cover image, or null. */
    Cover getCover() {
        return coverImageUrl == null
                ? null
                : new Cover(coverImageUrl, coverImageAlt, coverImageWidth, coverImageHeight);
    }

    PostStatus getStatus() {
        return status;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    boolean isPublicAt(Instant now) {
        return status == PostStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    /** Labels in alphabetical order, for a stable display. */
    List<Label> getSortedLabels() {
        return labels.stream().sorted(Comparator.comparing(Label::getName)).toList();
    }
}
