package org.icmf.contact;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/** What the board did to a contact message. The label names the message by number and topic, never its sender. */
public record ContactMessageChanged(long messageId, String label, ContactAction action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "message";
    }

    @Override
    public long subjectId() {
        return messageId;
    }

    @Override
    public String subjectLabel() {
        return label;
    }
}
