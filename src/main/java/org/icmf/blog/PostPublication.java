package org.icmf.blog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.icmf.audit.AuditAction;
import org.springframework.stereotype.Component;

/**
 * When a post is public. A post is public when PUBLISHED and its time has come, so "scheduled" is PUBLISHED with a
 * future date; this decides that date from the form, names the post's state, and says whether a save published,
 * scheduled or unpublished it.
 */
@Component
class PostPublication {

    private final Clock clock;

    PostPublication(Clock clock) {
        this.clock = clock;
    }

    /** The post's publication as it was before a save, to tell what the save changed. */
    record Before(boolean published, Instant publishedAt) {

        static Before of(Post post) {
            return new Before(post.getStatus() == PostStatus.PUBLISHED, post.getPublishedAt());
        }
    }

    /**
     * The publication time a save gives: the one typed, else now for a post published for the first time. The form
     * shows the time to the minute: the same minute sent back keeps the stored instant, so that editing a published
     * post neither moves its publication nor logs it as published again.
     */
    Instant publishedAt(Post post, PostForm form, Instant now) {
        Instant stored = post.getPublishedAt();
        return form.publishAtTime()
                .map(time -> stored != null
                                && time.equals(LocalDateTime.ofInstant(stored, clock.getZone())
                                        .truncatedTo(ChronoUnit.MINUTES))
                        ? stored
                        : time.atZone(clock.getZone()).toInstant())
                .orElse(form.published() ? Objects.requireNonNullElse(stored, now) : null);
    }

    /** What the audit log records for a save: a change of visibility as such, else {@code action}. */
    AuditAction action(Before before, Post post, Instant now, AuditAction action) {
        boolean published = post.getStatus() == PostStatus.PUBLISHED;
        if (published && (!before.published() || !post.getPublishedAt().equals(before.publishedAt()))) {
            return post.getPublishedAt().isAfter(now) ? PostAction.SCHEDULED : PostAction.PUBLISHED;
        }
        if (before.published() && !published) {
            return PostAction.UNPUBLISHED;
        }
        return action;
    }

    /** The message key of a post's state in the admin list. */
    static String stateKey(Post post, Instant now) {
        if (post.getStatus() == PostStatus.DRAFT) {
            return "post.state.draft";
        }
        if (post.isTrashed()) {
            return "post.state.trashed";
        }
        return post.getPublishedAt().isAfter(now) ? "post.state.scheduled" : "post.state.published";
    }

    /** The message key of the flash shown after saving {@code form}. */
    String savedMessageKey(PostForm form) {
        if (!form.published()) {
            return "post.saved.draft";
        }
        return form.publishAtTime()
                        .filter(time -> time.isAfter(LocalDateTime.now(clock)))
                        .isPresent()
                ? "post.saved.scheduled"
                : "post.saved.published";
    }
}
