package org.icmf.comments;

import org.icmf.audit.AuditAction;

/** What a moderator did to a comment, or to the comments of a post or a page, as the audit log records it. */
public enum CommentAction implements AuditAction {
    APPROVED,
    REJECTED,
    MARKED_SPAM,
    EDITED,
    REPLIED,
    COMMENTS_OPENED,
    COMMENTS_CLOSED
}
