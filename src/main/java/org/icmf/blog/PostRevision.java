package org.icmf.blog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.icmf.editing.Revision;
import org.icmf.web.Actor;

/** A saved state of a post: its editable fields as they were after one save, with who saved and when. */
@Entity
@Table(name = "blog_post_revision")
@AttributeOverride(name = "contentId", column = @Column(name = "post_id"))
class PostRevision extends Revision implements PostFields {

    private String coverImageUrl;

    @Embedded
    private Attribution attribution;

    private String labels;

    private String status;

    private Instant publishedAt;

    protected PostRevision() {}

    /** The post as just saved. */
    PostRevision(Post post, Actor editor) {
        super(post, editor);
        this.coverImageUrl = post.getCoverImageUrl();
        this.attribution = post.getAttribution();
        this.labels = post.getLabelList();
        this.status = post.getStatus().name();
        this.publishedAt = post.getPublishedAt();
    }

    @Override
    public Attribution getAttribution() {
        return Attribution.orNone(attribution);
    }

    @Override
    public String getCoverImageUrl() {
        return coverImageUrl;
    }

    @Override
    public String getLabelList() {
        return labels;
    }

    @Override
    public PostStatus getStatus() {
        return PostStatus.valueOf(status);
    }

    @Override
    public Instant getPublishedAt() {
        return publishedAt;
    }
}
