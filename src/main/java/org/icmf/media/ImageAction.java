package org.icmf.media;

import org.icmf.audit.AuditAction;

/** What the audit log records about an image: uploaded (not when the same bytes were already there), updated (its text alternative) or deleted. */
public enum ImageAction implements AuditAction {
    UPLOADED,
    UPDATED,
    DELETED
}
