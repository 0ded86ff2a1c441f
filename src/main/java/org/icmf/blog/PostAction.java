package org.icmf.blog;

import org.icmf.audit.AuditAction;

/**
 * What a save did to a post's visibility, as the audit log records it instead of a mere update; the other actions on
 * posts are the editors' {@link org.icmf.editing.ContentAction}s.
 */
public enum PostAction implements AuditAction {
    PUBLISHED,
    SCHEDULED,
    UNPUBLISHED
}
