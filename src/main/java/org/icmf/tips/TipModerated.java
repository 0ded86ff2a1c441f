package org.icmf.tips;

import java.time.Instant;
import org.icmf.audit.AuditAction;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/** A board member's decision on a tip; the label is the tip's title (the log keeps 300 characters). */
public record TipModerated(long tipId, String title, TipAction tipAction, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "tip";
    }

    @Override
    public AuditAction action() {
        return tipAction;
    }

    @Override
    public long subjectId() {
        return tipId;
    }

    @Override
    public String subjectLabel() {
        return title;
    }
}
