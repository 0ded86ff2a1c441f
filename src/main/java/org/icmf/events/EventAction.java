package org.icmf.events;

import org.icmf.audit.AuditAction;

/** What the board did to an event, as the audit log records it. */
public enum EventAction implements AuditAction {
    CREATED,
    UPDATED,
    CANCELLED,
    DELETED,
    REGISTRATION_ADDED,
    REGISTRATION_REMOVED,
    MESSAGE_SENT
}
