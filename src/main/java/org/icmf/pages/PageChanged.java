package org.icmf.pages;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/** Something happened to a page: {@code action} is created, updated, revision-restored, trashed, untrashed or purged. */
public record PageChanged(long pageId, String title, String action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "page";
    }

    @Override
    public long subjectId() {
        return pageId;
    }

    @Override
    public String subjectLabel() {
        return title;
    }
}
