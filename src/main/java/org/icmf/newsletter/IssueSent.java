package org.icmf.newsletter;

import java.time.Instant;
import org.icmf.audit.AuditAction;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/** The board started sending an issue to its subscribers: the audit log names the issue, never a subscriber. */
record IssueSent(long issueId, String label, Actor actor, Instant occurredAt) implements AuditedAction {

    enum Action implements AuditAction {
        SENT
    }

    @Override
    public String subjectType() {
        return "newsletter-issue";
    }

    @Override
    public AuditAction action() {
        return Action.SENT;
    }

    @Override
    public long subjectId() {
        return issueId;
    }

    @Override
    public String subjectLabel() {
        return label;
    }
}
