package org.icmf.blog;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/**
 * Something happened to a post in the admin area: {@code action} is created, updated, published, scheduled,
 * unpublished, revision-restored, trashed, untrashed or purged.
 */
public record PostChanged(long postId, String title, String action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "post";
    }

    @Override
    public long subjectId() {
        return postId;
    }

    @Override
    public String subjectLabel() {
        return title;
    }
}
