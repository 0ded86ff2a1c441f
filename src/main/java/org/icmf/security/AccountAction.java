package org.icmf.security;

import org.icmf.audit.AuditAction;

/** What happened to a board account, as the audit log records it. */
public enum AccountAction implements AuditAction {
    CREATED,
    UPDATED,
    DEACTIVATED,
    REACTIVATED,
    PASSWORD_CHANGED
}
