package org.icmf.editing;

import org.icmf.audit.AuditAction;

/** What an editor did to a post or a page, as the audit log records it. */
public enum ContentAction implements AuditAction {
    CREATED,
    UPDATED,
    REVISION_RESTORED,
    TRASHED,
    UNTRASHED,
    PURGED
}
