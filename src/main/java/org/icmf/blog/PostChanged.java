package org.icmf.blog;

import java.time.Instant;
import org.icmf.audit.AuditAction;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/**
 * Something happened to a post in the admin area: {@code action} is one of the editors'
 * {@link org.icmf.editing.ContentAction}s, or a {@link PostAction} when a save changed its visibility; {@code subjectId} is the post's id, {@code subjectLabel} its
 * title then.
 */
public record PostChanged(long subjectId, String subjectLabel, AuditAction action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "post";
    }
}
