package org.icmf.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.icmf.web.Actor;

/** A saved state of a post: its editable fields as they were after one save, with who saved and when. */
@Entity
@Table(name = "blog_post_revision")
class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long postId;

    private String title;

    private String slug;

    private String bodyMarkdown;

    private String authorName;

    private String sourceLabel;

    private String sourceUrl;

    private String coverImageUrl;

    private String labels;

    private String status;

    private Instant publishedAt;

    private Long savedByAccountId;

    private String savedByName;

    private Instant savedAt;

    protected PostRevision() {}

    /** The post as just saved; {@code labels} is its comma-separated label list. */
    PostRevision(Post post, String labels, Actor editor) {
        this.postId = post.getId();
        this.title = post.getTitle();
        this.slug = post.getSlug();
        this.bodyMarkdown = post.getBodyMarkdown();
        this.authorName = post.getAuthorName();
        this.sourceLabel = post.getSourceLabel();
        this.sourceUrl = post.getSourceUrl();
        this.coverImageUrl = post.getCover() == null ? null : post.getCover().url();
        this.labels = labels;
        this.status = post.getStatus().name();
        this.publishedAt = post.getPublishedAt();
        this.savedByAccountId = editor.accountId();
        this.savedByName = editor.name();
        this.savedAt = post.getUpdatedAt();
    }

    Long getId() {
        return id;
    }

    Long getPostId() {
        return postId;
    }

    String getTitle() {
        return title;
    }

    String getSlug() {
        return slug;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
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

    String getCoverImageUrl() {
        return coverImageUrl;
    }

    String getLabels() {
        return labels;
    }

    String getStatus() {
        return status;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getSavedByName() {
        return savedByName;
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
