package org.icmf.membership.application;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/** The board decided on an application: {@code action} is accepted, rejected or info-requested. */
public record ApplicationDecided(long applicationId, String label, String action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "application";
    }

    @Override
    public long subjectId() {
        return applicationId;
    }

    @Override
    public String subjectLabel() {
        return label;
    }
}
