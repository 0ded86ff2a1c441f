package org.icmf.security;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/**
 * A board account was created, updated (name, roles), deactivated, reactivated, or its password changed.
 * Carries no e-mail and no password: the audit log only needs the name.
 */
public record AccountChanged(long accountId, String displayName, AccountAction action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "account";
    }

    @Override
    public long subjectId() {
        return accountId;
    }

    @Override
    public String subjectLabel() {
        return displayName;
    }
}
