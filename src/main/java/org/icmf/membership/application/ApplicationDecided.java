package org.icmf.membership.application;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.membership.MembershipAction;
import org.icmf.web.Actor;

/** The board decided on an application: accepted it, rejected it or asked for information. */
public record ApplicationDecided(
        long applicationId, String label, MembershipAction action, Actor actor, Instant occurredAt)
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
