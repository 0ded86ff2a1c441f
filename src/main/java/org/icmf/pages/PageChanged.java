package org.icmf.pages;

import java.time.Instant;
import org.icmf.audit.AuditAction;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/**
 * Something happened to a page: {@code action} is one of the editors' {@link org.icmf.editing.ContentAction}s;
 * {@code subjectId} is the page's id, {@code subjectLabel} its title then.
 */
public record PageChanged(long subjectId, String subjectLabel, AuditAction action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "page";
    }
}
