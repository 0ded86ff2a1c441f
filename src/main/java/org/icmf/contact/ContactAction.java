package org.icmf.contact;

import org.icmf.audit.AuditAction;

/** What the board did to a contact message, as the audit log records it. */
public enum ContactAction implements AuditAction {
    HANDLED,
    REOPENED,
    REPLIED,
    MARKED_SPAM,
    RESTORED,
    DELETED
}
